/**
 * Yield (08) act rules and investigate (09) rules. Yield rules carry their intent code as
 * `plannedCode` (`act` in `verbal-derive.ts`): "will lift the curfew" is 0351, "lifted the curfew" 0813.
 * Sections: CAMEO Manual 1.1b3 §08 080–087 and §09 090–094.
 */
import { rule } from './define.js';
import { act } from './verbal-derive.js';
import type { EventRule } from './types.js';

const EASE = '~lift|~ease|~relax|~loosen|~remove|~end|~scrap|~abolish|~revoke|~rescind|~suspend|~cancel|~shorten|~reduce|~waive';
const PERSONS = '%prisoner|%hostage|%detainee|%captive|%soldier|%sailor|%citizen|%journalist|%national|%peacekeeper|%worker|%activist|%dissident|%crew|%fisherman|%pilot|%reporter|%correspondent|%tourist|%inmate|%civilian|%abductee|%member|%student|%opposition|%politician|%leader';
const PROPERTY = '%ship|%vessel|%tanker|%asset|%property|%land|%aircraft|%plane|%territory|%island|weapons|equipment|%remains|%body|%artifact|%artefact|%cargo';
const DISSENT = '%strike|%protest|%demonstration|%rally|%march|%sit-in|%walkout|%agitation';

export const YIELD_RULES: readonly EventRule[] = Object.freeze([
  // 08 YIELD
  act('yield', '080', 'verb', '~yield|~capitulate|~concede|~bow|~succumb to', 'Yielding to X is 080.', { target: ['to'], confidence: 0.7 }),
  act('yield-give-in', '080', 'verb', '~give|~cave in to', '"Give in to" X is yielding (080).', { target: ['to'], confidence: 0.7 }),
  act('yield-compensation', '080', 'verb', '~pay|~award ...3 %compensation|%reparation|damages|indemnity', 'Paying compensation instead of returning what was taken is 080 (manual, 0842 note).', { target: ['to', 'OBJ'] }),
  act('yield-concessions', '080', 'verb', '~make|~grant ...3 %concession', 'Making concessions is yielding (080).', { target: ['to', 'on'], needs: 'source' }),
  act('yield-freedoms', '081', 'verb', '~enhance|~expand|~restore|~increase|~broaden|~widen ...3 political? %freedom|liberties', 'Expanding political freedoms eases administrative sanctions (081; manual example).', { target: ['in', 'for'], needs: 'source' }),
  act('yield-ease-curbs', '081', 'verb', `${EASE} ...3 %restriction|%curb|%ban|%control on`, 'Easing restrictions or bans on X (not economic) eases administrative sanctions (081).', { target: ['on', 'against'], needs: 'source', confidence: 0.7 }),
  act('yield-censorship', '0811', 'verb', `${EASE} ...3 %censorship`, 'Easing censorship is 0811.', { target: ['in', 'on'], needs: 'source' }),
  act('yield-ease-censorship', '0811', 'verb', `${EASE} ...3 %restriction|%curb|%control|%ban on ...3 %media|%press|speech|expression|assembly|%newspaper|%language|%internet|%broadcaster|%television|%radio`, 'Easing censorship or curbs on speech, press or assembly is 0811.', { target: ['in'], needs: 'source' }),
  act('yield-unban-party', '0812', 'verb', `${EASE}|~legalize|~legalise ...3 %ban on ...3 %party|%candidate|%politician|%opposition|%movement`, 'Lifting a ban on parties or politicians is 0812.', { target: ['on', 'in'], needs: 'source' }),
  act('yield-legalize-party', '0812', 'verb', '~legalize|~legalise|~unban|~register ...3 %party|opposition', 'Legalizing a party is 0812.', { target: ['OBJ'], needs: 'source', confidence: 0.7 }),
  act('yield-allow-candidate', '0812', 'verb', '~allow|~permit|~clear ...6 to ~participate|~run|~contest|~stand ...5 %election|%poll|%vote|%race', 'Allowing a politician to run in elections eases a ban on politicians (0812).', { target: ['OBJ'], needs: 'source' }),
  act('yield-curfew', '0813', 'verb', `${EASE} ...3 %curfew`, 'Lifting or easing a curfew is 0813.', { target: ['in', 'on'], travel: true, needs: 'source' }),
  act('yield-emergency', '0814', 'verb', `${EASE} ...4 %emergency|martial`, 'Lifting a state of emergency or martial law is 0814.', { target: ['in', 'on'], travel: true, needs: 'source' }),
  act('yield-dissent', '082', 'verb', `~suspend|~postpone|~end|~cancel|~halt|~stop|~abandon|~defer ...3 ${DISSENT}`, 'Suspending a strike, protest or rally eases political dissent (082).', { target: ['against', 'in'], needs: 'source', confidence: 0.75 }),
  act('yield-call-off', '082', 'verb', `~call off ...3 ${DISSENT}`, 'Calling off a strike, protest or rally eases political dissent (082; manual example).', { target: ['against', 'in'], needs: 'source' }),
  act('yield-accept-demands', '083', 'verb', '~accept|~accede|~concede|~bow|~yield|~agree|~give|~meet|~grant ...4 %demand', 'Acceding to demands for reform is 083.', { target: ['from', 'of', 'by'], needs: 'source' }),
  act('yield-step-down', '0831', 'verb', '~step down', 'Stepping down is yielding power (0831).', { target: ['as', 'from'], needs: 'source', confidence: 0.6 }),
  act('yield-resign', '0831', 'verb', '~resign|~abdicate', 'Resigning is yielding power (0831; manual example).', { target: ['from'], needs: 'source', confidence: 0.6 }),
  act('yield-power', '0831', 'verb', '~relinquish|~cede|~surrender|~give|~hand ...2 up|over? ...2 power', 'Handing over or relinquishing power is 0831.', { target: ['to'], needs: 'source' }),
  act('yield-concede-defeat', '0831', 'verb', '~concede|~admit|~accept ...2 defeat', 'Conceding electoral defeat is 0831.', { target: ['to'], needs: 'source' }),
  act('yield-recognize-victory', '0831', 'verb', '~recognize|~recognise|~accept|~acknowledge|~certify|~confirm ...4 %victory|%win', 'Recognizing the opposition\'s election victory is 0831 (manual example).', { target: ['of', 'by', 'OBJ'], needs: 'source' }),
  act('yield-policy', '0832', 'verb', '~reverse|~abandon|~drop|~scrap|~change|~overturn ...3 %policy', 'Reversing a policy (on demand) is 0832.', { target: ['on', 'toward', 'towards'], needs: 'source', confidence: 0.6 }),
  act('yield-rights-return', '0833', 'verb', '~allow|~permit|~let ...8 %refugee|%exile|displaced|%people|%family ...12 to ~return|~go home?', 'Allowing refugees to return home is accession to rights (0833; manual example).', { target: ['OBJ'], needs: 'source' }),
  act('yield-rights', '0833', 'verb', '~grant|~restore|~recognize|~recognise|~guarantee ...3 %right|citizenship|%autonomy|self-rule|suffrage', 'Granting or restoring rights is 0833.', { target: ['to', 'of', 'for'], needs: 'source', confidence: 0.7 }),
  act('yield-institutions', '0834', 'verb', '~concede|~accede|~bow|~yield|~agree ...2 to ...2 %demand ...16 %judiciary|%constitution|electoral|%parliament|multiparty|multi-party|democratic|%court', 'Conceding to demands for institutional change is 0834 (manual example).', { target: ['from', 'of', 'by'], needs: 'source' }),
  act('yield-democratize', '0834', 'verb', '~democratize|~democratise|~introduce|~adopt|~allow ...3 multiparty|multi-party|democracy', 'Introducing multiparty democracy changes institutions (0834).', { target: ['in'], needs: 'source', confidence: 0.7 }),
  act('yield-release-person', '0841', 'verb', `~release|~free|~pardon|~repatriate ...4 ${PERSONS}`, 'Releasing persons is 0841.', { target: ['to', 'from', 'OBJ'], needs: 'source' }),
  act('yield-release', '0841', 'verb', '~release|~free|~pardon', '"Released X" (X an actor) is release of persons (0841); the object must be an actor.', { target: ['OBJ'], needs: 'both', confidence: 0.65 }),
  act('yield-let-free', '0841', 'verb', '~let|~set free|go', '"Let free" / "set free" is release of persons (0841).', { target: ['OBJ'], needs: 'source', confidence: 0.75 }),
  act('yield-exchange-prisoners', '0841', 'verb', '~exchange|~swap|~trade ...3 %prisoner|%hostage|%detainee|%captive|%pow', 'A prisoner exchange is release of persons (0841).', { target: ['with'], symmetric: true }),
  act('yield-amnesty', '0841', 'verb', '~grant|~declare|~announce|~offer|~extend ...3 %amnesty|%pardon', 'Amnesties and pardons are coded with releases (0841; manual 056 note).', { target: ['to', 'for'], needs: 'source' }),
  act('yield-release-noun', '0841', 'noun', `%release|%freeing of ...4 ${PERSONS}`, 'The release of persons is 0841.', { target: ['by', 'from'], needs: 'either', confidence: 0.6 }),
  act('yield-return-property', '0842', 'verb', `~return|~release|~unfreeze|~restore|~hand|~give ...2 back? ...4 ${PROPERTY}`, 'Returning confiscated property or territory is 0842.', { target: ['to', 'from'], needs: 'source', confidence: 0.75 }),
  act('yield-return', '084', 'verb', '~return|~hand|~give ...5 back to', '"Hand back to X" is a return not further specified (084).', { target: ['to'], confidence: 0.65 }),
  act('yield-ease-sanctions', '085', 'verb', `${EASE} ...3 %sanction|%embargo|%boycott|%tariff|%penalty`, 'Easing sanctions, embargoes or boycotts on X is 085.', { target: ['on', 'against', 'of', 'to'] }),
  act('yield-ease-trade-ban', '085', 'verb', `${EASE} ...3 %ban on ...3 %import|%export|%trade|%sale|%shipment|%investment|%flight`, 'Lifting a trade or import ban is easing an economic sanction (085).', { target: ['from', 'to', 'on', 'against'] }),
  act('yield-not-renew-sanctions', '085', 'verb', '~fail|~decline|~refuse to ~renew|~extend ...2 %sanction|%embargo', 'Failing to renew sanctions eases them (085; manual example).', { target: ['on', 'against'] }),
  act('yield-sanctions-noun', '085', 'noun', `%lifting|%easing|%removal|%suspension|%end of ...3 %sanction|%embargo|%boycott`, 'The lifting of sanctions is 085.', { target: ['on', 'against', 'by'], needs: 'either', confidence: 0.6 }),
  act('yield-peacekeepers', '0861', 'verb', `~allow|~permit|~accept|~receive|~welcome|~admit ...4 %peacekeeper|peacekeeping|%peace-keeper|peace-keeping`, 'Accepting peacekeepers is 0861.', { target: ['from', 'OBJ'], needs: 'source' }),
  act('yield-inspectors', '0862', 'verb', '~allow|~permit|~accept|~receive|~welcome|~admit|~grant ...4 %inspector|%inspection', 'Admitting inspectors is 0862.', { target: ['from', 'OBJ', 'to'], needs: 'source' }),
  act('yield-access', '0863', 'verb', '~allow|~permit|~grant|~open|~restore|~guarantee ...4 humanitarian|aid|relief access|%corridor|%convoy|%delivery|%flight|workers|%agency', 'Allowing humanitarian access is 0863.', { target: ['to', 'for', 'in'], travel: true, needs: 'source' }),
  act('yield-allow-delivery', '0863', 'verb', '~allow|~permit|~let ...3 %delivery|%passage|%shipment|%entry ...3 of? ...4 aid|food|grain|flour|medicine|relief|%supply', 'Allowing the delivery of relief supplies is humanitarian access (0863).', { target: ['to', 'for', 'in'], travel: true, needs: 'source' }),
  act('yield-observers', '086', 'verb', '~allow|~permit|~accept|~receive|~welcome|~admit|~invite ...4 %observer|%monitor', 'Receiving international observers or missions is allowing international involvement (086).', { target: ['from', 'OBJ'], needs: 'source', confidence: 0.75 }),
  act('yield-open-borders-to-force', '086', 'verb', '~open|~reopen|~re-open ...3 %border|%territory|%airspace to ...3 %peacekeeper|%peackeeper|%observer|%inspector|%monitor|%force', 'Opening borders to international forces or observers allows international involvement (086).', { target: ['to'], needs: 'source' }),
  act('yield-ceasefire', '0871', 'verb', '~declare|~announce|~observe|~call|~implement|~respect|~proclaim ...3 ceasefire|truce|cease-fire|%armistice', 'Declaring or observing a ceasefire is 0871.', { target: ['with', 'in'], symmetric: true, needs: 'either' }),
  act('yield-blockade', '0872', 'verb', `${EASE} ...3 %blockade|%siege`, 'Lifting a blockade or siege is 0872.', { target: ['on', 'of', 'against'], travel: true, needs: 'either' }),
  act('yield-demobilize', '0873', 'verb', '~demobilize|~demobilise|~disarm|~disband|~decommission', 'Demobilizing or disarming forces is 0873.', { target: ['OBJ'], needs: 'source', confidence: 0.7 }),
  act('yield-demobilized', '0873', 'verb', 'is|are|was|were|been|be demobilized|demobilised|disarmed|disbanded', 'Forces that "have been demobilized" are the demobilizing party (0873: the source is the demobilizing party).', { needs: 'source', confidence: 0.7 }),
  act('yield-lay-down-arms', '0873', 'verb', '~lay|~hand|~turn|~give|~surrender ...2 down|over|up|in? ...2 their|its? %arm|%weapon|arms', 'Laying down or handing over weapons is demobilization (0873).', { target: ['to'], needs: 'source' }),
  act('yield-withdraw', '0874', 'verb', '~withdraw|~pull ...4 troops|forces|soldiers|%unit|%contingent', 'Withdrawing troops is military retreat (0874).', { target: ['from'], travel: true, needs: 'source' }),
  act('yield-complete-withdrawal', '0874', 'verb', '~complete|~begin|~start|~finish|~speed ...3 %withdrawal|%pullout|%pull-out|%pullback|%retreat', 'Carrying out a withdrawal is military retreat (0874).', { target: ['from'], travel: true, needs: 'source' }),
  act('yield-withdrawal-noun', '0874', 'noun', '%withdrawal|%pullout|%pull-out|%pullback of ...4 troops|forces|soldiers|%unit', 'The withdrawal of troops is 0874.', { target: ['from'], travel: true, needs: 'either', confidence: 0.6 }),
  act('yield-retreat', '0874', 'verb', '~retreat|~withdraw from', 'Retreating from a place is 0874.', { target: ['from'], travel: true, needs: 'source', confidence: 0.7 }),
  act('yield-pull-out', '0874', 'verb', '~pull out of|from', 'Pulling out of a place is military retreat (0874).', { target: ['of', 'from'], travel: true, needs: 'source', confidence: 0.7 }),
  act('yield-surrender', '0874', 'verb', '~surrender|~capitulate', 'Surrendering militarily is 0874.', { target: ['to'], needs: 'source', confidence: 0.7 }),
  act('yield-de-escalate', '087', 'verb', '~de-escalate|~deescalate|~defuse', 'De-escalating a military engagement is 087.', { target: ['with', 'in'], needs: 'source', confidence: 0.7 }),
]);

/** Verbs that open or conduct an investigation named by a noun ("launched an inquiry into"). */
const OPEN_PROBE = '~launch|~open|~begin|~start|~order|~conduct|~complete|~conclude|~carry|~hold|~set|~announce ...3';
const PROBE_NOUN = '%investigation|%inquiry|%enquiry|%probe|%hearing';

/** A verb form ("investigated X's ...") and an "opened an inquiry into ..." form of one investigation subject. */
function probeRules(id: string, code: string, subjects: readonly string[], reason: string, target: readonly string[]): EventRule[] {
  return subjects.flatMap((subject, i) => [
    rule(`${id}${i ? `-${i + 1}` : ''}`, code, 'verb', `~investigate|~probe|~examine ...5 ${subject}`, reason, { target, needs: 'either' }),
    rule(`${id}-open${i ? `-${i + 1}` : ''}`, code, 'verb', `${OPEN_PROBE} ${PROBE_NOUN} ...5 ${subject}`, reason, { target, needs: 'either' }),
  ]);
}

export const INVESTIGATE_RULES: readonly EventRule[] = Object.freeze([
  // 09 INVESTIGATE
  ...probeRules('investigate-war-crimes', '094', ['war %crime', 'alleged %crime', 'crimes against humanity', '%genocide|%atrocity|%massacre'], 'Investigating war crimes is 094; the alleged perpetrator is the target.', ['by', 'of', 'against', 'OBJ']),
  ...probeRules('investigate-military', '093', ['ceasefire|truce %violation', '%violation of the? ceasefire|truce', 'military %action|%operation', '%incursion|%airstrike|%air-strike|%raid|%invasion|%shelling|%bombing'], 'Investigating a military action is 093.', ['by', 'of', 'OBJ']),
  ...probeRules('investigate-rights', '092', ['human %right', '%abuse|%torture|%rape|%disappearance|%mistreatment|%treatment|welfare|interrogation'], 'Investigating human rights abuses is 092.', ['against', 'of', 'by', 'OBJ']),
  ...probeRules('investigate-crime', '091', ['money laundering', '%corruption|%fraud|%bribery|%murder|%killing|%theft|%crime|%embezzlement|%kickback|%smuggling|%trafficking|%scandal|criminal'], 'Investigating crime or corruption is 091.', ['against', 'of', 'into', 'by', 'OBJ']),
  rule('investigate-open-crime', '091', 'verb', `${OPEN_PROBE} %fraud|%corruption|criminal|%murder|%bribery ...2 ${PROBE_NOUN}|%case`, 'Opening a criminal or corruption investigation is 091.', { target: ['against', 'into', 'of'], needs: 'either' }),
  rule('investigate', '090', 'verb', '~investigate|~probe', 'Investigating X is 090.', { target: ['OBJ'] }),
  rule('investigate-launch', '090', 'verb', `${OPEN_PROBE} ${PROBE_NOUN}`, 'Carrying out an investigation into X is 090.', { target: ['into', 'of', 'on', 'against'] }),
  rule('investigate-put-under', '090', 'verb', `~put|~place ...4 under ${PROBE_NOUN}`, 'Putting X under investigation is 090; in the passive ("X was put under investigation") X is the target and the unnamed investigator the authorities of the place.', { target: ['OBJ'] }),
  rule('investigate-send', '090', 'verb', '~send|~dispatch ...6 to @T ...4 to ~investigate|~probe|~examine|~inspect|~assess|~study', 'Sending a team to a place to investigate is 090 (manual example); the place is the target.', { travel: true, needs: 'source', confidence: 0.7 }),
]);
