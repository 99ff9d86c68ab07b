/**
 * Weapon-specific violence: a killing, wounding or strike whose weapon is named is coded by the
 * weapon (CAMEO 1.1b3 §18 183x bombings, §19 193 small arms, 194 artillery and tanks, 195 aerial
 * weapons; §19 190 usage note: killings with unnamed weapons are 190). Two constructions per
 * weapon: the weapon as subject ("an Israeli air strike killed ...", noun rule: the source is the
 * modifier) and the weapon after the verb ("were killed in a suicide bombing", verb rule).
 * Precedence (manual 195, 194, 1832 notes): aerial over heavy over small arms; suicide over car
 * bombing; equal-length ties go to the earlier row.
 * Location bombing (1834: a pre-placed device), guided (1951) and drone (1952) munitions come from
 * the manual's code list (GDELT's table lacks them).
 */
import { rule } from './define.js';
import type { EventRule } from './types.js';

/**
 * Verbs whose subject can be a weapon ("a rocket hit", "tanks shelled", "gunships killed"). Not
 * "wound" ("helicopters evacuated the wounded") nor "fire" ("tanks fired shells" is `fight-fire-heavy`).
 */
const HIT = '~kill|~hit|~destroy|~strike|~shell|~pound|~attack|~bomb|~target|~claim|~rock';
/** Verbs of harm before a weapon phrase ("killed in a car bombing", "wounded by sniper fire"). */
const HARM = '~kill|~wound|~injure|~maim';

/** `[id, code, weapon phrase, reason]`, most specific first. */
const WEAPONS: ReadonlyArray<readonly [string, string, string, string]> = Object.freeze([
  ['suicide', '1831', 'suicide ...2 %bomber|%bombing|%attack|%blast|%bomb|%attacker|%explosion', 'A suicide bombing is 1831 (it takes precedence over car bombing).'],
  ['car-bomb', '1832', 'car|truck|vehicle|lorry|vehicle-borne ...1 %bomb|%bombing|%blast|%explosion', 'A car or truck bomb is vehicular bombing (1832).'],
  ['roadside', '1833', 'roadside ...2 %bomb|%bombing|%blast|%explosion|%device', 'A roadside bomb is 1833.'],
  ['drone', '1952', 'predator|reaper|%drone|%uav ...1 %strike|%attack|%missile|%raid', 'Drone strikes are CAMEO 1952 (remotely piloted aerial munitions).'],
  ['guided', '1951', 'precision-guided|laser-guided|guided|%smart ...1 %bomb|%missile|%munition', 'Precision-guided munitions are CAMEO 1951.'],
  ['air', '195', '%aircraft|%helicopter|%gunship|%warplane|%jet|%bomber|%airstrike|%air-strike|%air-raid|%drone|%fighter-bomber', 'Aircraft and air strikes are aerial weapons (195).'],
  ['air-two', '195', 'air %strike|%raid|%attack', 'Air strikes and raids are aerial weapons (195).'],
  ['heavy', '194', '%tank|%artillery|%rocket|%missile|%howitzer|%warship|%gunboat|%cannon|%shelling|%barrage', 'Artillery, rockets, missiles and tanks are heavy weapons (194).'],
  ['small', '193', '%gunman|%sniper|%gunfire|%bullet|%rifle|%machine-gun|%landmine|%minefield|%grenade|%mortar|%gunbattle|%gun-battle|%firefight|%gunfight|%shootout|%shooting', 'Guns, mortars, grenades and mines are small arms and light weapons (193).'],
  ['ied-device', '1834', 'improvised|explosive ...1 %device', 'A pre-placed improvised explosive device is location bombing (1834; CAMEO 1.1b3 usage note: suicide, vehicle and roadside take precedence).'],
  ['ied', '183', '%ied|%bomb|%bombing|%explosive|%explosion|%blast|%car-bomb', 'A bomb or explosion without more detail is non-military bombing (183).'],
]);

function weaponRules(): EventRule[] {
  const out: EventRule[] = [];
  for (const [id, code, weapon, reason] of WEAPONS) {
    out.push(rule(`weapon-${id}-hits`, code, 'noun', `${weapon} ...10 ${HIT}`, `${reason} Here the weapon is the subject of the harm.`, { target: ['OBJ', 'on', 'in', 'at', 'of', 'near'], travel: true, needs: 'either', confidence: 0.8 }));
    out.push(rule(`weapon-${id}-harmed-by`, code, 'verb', `${HARM} ...8 in|by|with|during|from|after ...3 ${weapon}`, `${reason} Here the harm is reported with its weapon.`, { target: ['OBJ', 'on', 'in', 'at', 'near'], travel: true, needs: 'either', confidence: 0.8 }));
  }
  return out;
}

export const WEAPON_RULES: readonly EventRule[] = Object.freeze(weaponRules());
