/**
 * Grammatical gender cues for pronoun coreference: given names, gendered titles (from
 * `titles.ts`) and pronouns. A person's gender is known only from these cues; unknown otherwise,
 * and an unknown person still fits either pronoun (so it can make a link ambiguous, never certain).
 * Source: common given names of public figures in international news (our own list); English
 * personal pronouns. East Asian names are written family name first, so their first word says nothing.
 */
import { EAST_ASIAN_FAMILY_NAMES } from './names.js';
import { TITLE_BY_TEXT } from './titles.js';

/** Gender of a person or pronoun: female, male, or unknown (null). */
export type Gender = 'f' | 'm' | null;

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Given names read as female (rule given-name-female). */
export const FEMALE_NAMES = Object.freeze({
  id: 'given-name-female', reason: 'a given name borne mostly by women',
  words: set(`Angela Annalena Theresa Hillary Nancy Kamala Condoleezza Madeleine Ursula Christine Kristalina Jacinda Sanna
    Giorgia Marine Ségolène Segolene Elisabeth Elizabeth Catherine Liz Ayelet Golda Tzipi Benazir Indira Sonia Hasina
    Yulia Maria Valentina Svetlana Olena Oksana Yingluck Julia Julie Theresa Margaret Mary Anne Ann Anna Emma Sarah Susan
    Jennifer Jessica Laura Linda Karen Lisa Michelle Melania Jill Ivanka Kristi Nikki Elise Marjorie Ilhan Alexandria Amy Kirsten
    Dianne Janet Gina Samantha Linda Tulsi Katie Rachel Rebecca Hannah Helen Caroline Claire Sophie Sophia Olga Natalia Natalya
    Irina Tatiana Ekaterina Ludmila Elena Greta Malala Kaja Mette Magdalena Roberta Evelyn Agnes Beata Dilma Cristina
    Michelle Claudia Xiomara Dina Ngozi Ellen Joyce Samia Fatima Aisha Leila Mariam Maryam Zainab Priti Nirmala Smriti Mamata
    Penny Suella Priti Kemi Yvette Harriet Nicola Arlene Mhairi Ruth Judith Esther Miriam Lea Leah Rania Noor`),
});

/** Given names read as male (rule given-name-male). */
export const MALE_NAMES = Object.freeze({
  id: 'given-name-male', reason: 'a given name borne mostly by men',
  words: set(`Vladimir Sergei Sergey Dmitry Dmitri Alexei Alexey Alexander Aleksandr Mikhail Nikolai Yevgeny Viktor Volodymyr Petro
    Oleksiy Oleksii Dmytro Andriy Vitali Vitaly Boris Donald Joe Joseph Barack George Bill William Ronald Richard John James Robert
    Michael Mike Mark Stephen Steve Steven Antony Anthony Lloyd Jake Rex Marco Mitch Chuck Kevin Lindsey Ted Bernie Paul Peter David
    Tony Keir Rishi Jeremy Gordon Ben Benjamin Benny Yair Naftali Ehud Ariel Shimon Isaac Yitzhak Avigdor Emmanuel Nicolas Francois
    François Jacques Charles Olaf Gerhard Helmut Frank Friedrich Markus Jens Josep Antonio António Pedro Mario Matteo Giuseppe Silvio
    Sebastian Viktor Andrzej Mateusz Recep Tayyip Mevlut Ebrahim Hassan Mohammad Mohammed Muhammad Ali Ahmed Ahmad Abdel Abdullah
    Bashar Hafez Saddam Khalifa Salman Tamim Narendra Imran Nawaz Shehbaz Ashraf Hamid Shinzo Fumio Yoshihide Taro Justin Stephen
    Jair Luiz Lula Javier Mauricio Nicolas Hugo Evo Andres Andrés Gustavo Gabriel Alberto Enrique Felipe Carlos Juan Jose José Luis
    Cyril Jacob Nelson Thabo Uhuru William Paul Yoweri Abiy Muhammadu Bola Goodluck Emmerson Robert Macky Kais Abdelaziz Moussa
    Ferdinand Rodrigo Joko Prabowo Anwar Mahathir Stephen Recep Nikol Ilham Alexander Kassym Emomali Shavkat
    Ramzan Yevgeny Sergei Igor Ivan Oleg Nikita Leonid Gennady Pavel Anatoly Valery Yuri Andrei Andrey Maxim Roman Denys Denis
    Ron Rand Mike Matt Josh Tim Tom Thomas Henry Harry Edward Charles Philip Andrew Martin Ian Ed Nigel Liam Sean Patrick Micheál
    Leo Enda Sadiq Boris Gavin Greg Doug Jim Hakeem Chris Christopher Eric Adam Jared Hunter Jon Jonathan Daniel Dan Samuel Sam`),
});

/** Gender of the given name that starts `name` ("Angela Merkel" -> f), or null. East Asian family names say nothing. */
export function nameGender(name: string): Gender {
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (EAST_ASIAN_FAMILY_NAMES.words.has(first)) return null;
  if (FEMALE_NAMES.words.has(first)) return 'f';
  if (MALE_NAMES.words.has(first)) return 'm';
  return null;
}

/** Gender a role title implies ("queen", "spokeswoman", "mrs"), or null. */
export const titleGender = (title: string): Gender => TITLE_BY_TEXT.get(title.toLowerCase())?.gender ?? null;

/** Gender of a third-person singular pronoun ("he", "She", "his", "her"), or null for any other word. */
export function pronounGender(word: string): Gender {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his' || w === 'himself') return 'm';
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'f';
  return null;
}

/** Combines cues: the first known gender, or null when cues disagree or none is known. */
export function combineGender(cues: readonly Gender[]): Gender {
  const known = new Set(cues.filter((g): g is 'f' | 'm' => g !== null));
  return known.size === 1 ? [...known][0] : null;
}
