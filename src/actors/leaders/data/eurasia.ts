/**
 * Leaders of Russia, Turkey and Saudi Arabia, 1990 on. Written from general knowledge of the public
 * record; see `../types.ts` for the conventions.
 *
 * Russia in 1990–1991: the offices of the Soviet Union are listed under RUS (Russia is the USSR's
 * continuator state, taking its UN seat) and flagged `union`; they overlap the offices of the Russian
 * republic (Yeltsin, Silayev, Kozyrev), which the table lists too. Gorbachev's start is his election
 * as chairman of the Supreme Soviet's Presidium (1 October 1988). Acting holders kept: Gaidar (1992),
 * Putin as acting president (from 31 December 1999).
 * Turkey: the office of prime minister was abolished on 9 July 2018; from then the president is
 * head of government too.
 * Saudi Arabia: the king is also prime minister, until Mohammed bin Salman's appointment (27 September 2022).
 */
import { polity } from '../types.js';

export const RUS = polity('RUS', {
  hos: [
    ['Mikhail Gorbachev', '1988-10-01', '1991-12-25', 'Gorbachev|Mikhail Sergeyevich Gorbachev|Gorbachov', 'union'],
    ['Boris Yeltsin', '1991-07-10', '1999-12-31', 'Yeltsin|Boris Nikolayevich Yeltsin|Eltsin'],
    ['Vladimir Putin', '1999-12-31', '2008-05-07', 'Putin|Vladimir Vladimirovich Putin|Vladimir V. Putin|Wladimir Putin'],
    ['Dmitry Medvedev', '2008-05-07', '2012-05-07', 'Medvedev|Dmitri Medvedev|Dmitriy Medvedev|Dmitry Anatolyevich Medvedev'],
    ['Vladimir Putin', '2012-05-07', null],
  ],
  hog: [
    ['Nikolai Ryzhkov', '1985-09-27', '1991-01-14', 'Ryzhkov|Nikolay Ryzhkov', 'union'],
    ['Valentin Pavlov', '1991-01-14', '1991-08-22', 'Pavlov', 'union'],
    ['Ivan Silayev', '1990-06-15', '1991-09-26', 'Silayev|Silaev'],
    ['Boris Yeltsin', '1991-11-06', '1992-06-15'],
    ['Yegor Gaidar', '1992-06-15', '1992-12-14', 'Gaidar|Yegor Gaydar', 'acting'],
    ['Viktor Chernomyrdin', '1992-12-14', '1998-03-23', 'Chernomyrdin|Victor Chernomyrdin'],
    ['Sergei Kiriyenko', '1998-03-23', '1998-08-23', 'Kiriyenko|Sergey Kiriyenko|Kiriienko'],
    ['Yevgeny Primakov', '1998-09-11', '1999-05-12', 'Primakov|Evgeny Primakov|Yevgeni Primakov'],
    ['Sergei Stepashin', '1999-05-12', '1999-08-09', 'Stepashin|Sergey Stepashin'],
    ['Vladimir Putin', '1999-08-09', '2000-05-07'],
    ['Mikhail Kasyanov', '2000-05-07', '2004-02-24', 'Kasyanov'],
    ['Mikhail Fradkov', '2004-03-05', '2007-09-12', 'Fradkov'],
    ['Viktor Zubkov', '2007-09-14', '2008-05-07', 'Zubkov'],
    ['Vladimir Putin', '2008-05-08', '2012-05-07'],
    ['Dmitry Medvedev', '2012-05-08', '2020-01-16'],
    ['Mikhail Mishustin', '2020-01-16', null, 'Mishustin|Mikhail Vladimirovich Mishustin'],
  ],
  fm: [
    ['Eduard Shevardnadze', '1985-07-02', '1990-12-20', 'Shevardnadze|Edward Shevardnadze', 'union'],
    ['Alexander Bessmertnykh', '1991-01-15', '1991-08-28', 'Bessmertnykh|Aleksandr Bessmertnykh', 'union'],
    ['Boris Pankin', '1991-08-28', '1991-11-19', 'Pankin', 'union'],
    ['Eduard Shevardnadze', '1991-11-19', '1991-12-26', '', 'union'],
    ['Andrei Kozyrev', '1990-10-11', '1996-01-05', 'Kozyrev|Andrey Kozyrev'],
    ['Yevgeny Primakov', '1996-01-09', '1998-09-11'],
    ['Igor Ivanov', '1998-09-11', '2004-03-09', 'Igor Sergeyevich Ivanov'],
    ['Sergey Lavrov', '2004-03-09', null, 'Lavrov|Sergei Lavrov|Sergey Viktorovich Lavrov'],
  ],
});

export const TUR = polity('TUR', {
  hos: [
    ['Turgut Özal', '1989-11-09', '1993-04-17', 'Özal|Ozal|Turgut Ozal'],
    ['Süleyman Demirel', '1993-05-16', '2000-05-16', 'Demirel|Suleyman Demirel'],
    ['Ahmet Necdet Sezer', '2000-05-16', '2007-08-28', 'Sezer|Necdet Sezer'],
    ['Abdullah Gül', '2007-08-28', '2014-08-28', 'Gül|Gul|Abdullah Gul'],
    ['Recep Tayyip Erdoğan', '2014-08-28', null, 'Erdoğan|Erdogan|Recep Tayyip Erdogan|Tayyip Erdogan|Tayyip Erdoğan|Erdogán'],
  ],
  hog: [
    ['Yıldırım Akbulut', '1989-11-09', '1991-06-23', 'Akbulut|Yildirim Akbulut'],
    ['Mesut Yılmaz', '1991-06-23', '1991-11-20', 'Yılmaz|Yilmaz|Mesut Yilmaz'],
    ['Süleyman Demirel', '1991-11-20', '1993-05-16'],
    ['Tansu Çiller', '1993-06-25', '1996-03-06', 'Çiller|Ciller|Tansu Ciller'],
    ['Mesut Yılmaz', '1996-03-06', '1996-06-28'],
    ['Necmettin Erbakan', '1996-06-28', '1997-06-30', 'Erbakan'],
    ['Mesut Yılmaz', '1997-06-30', '1999-01-11'],
    ['Bülent Ecevit', '1999-01-11', '2002-11-18', 'Ecevit|Bulent Ecevit'],
    ['Abdullah Gül', '2002-11-18', '2003-03-14'],
    ['Recep Tayyip Erdoğan', '2003-03-14', '2014-08-28'],
    ['Ahmet Davutoğlu', '2014-08-28', '2016-05-24', 'Davutoğlu|Davutoglu|Ahmet Davutoglu'],
    ['Binali Yıldırım', '2016-05-24', '2018-07-09', 'Yıldırım|Yildirim|Binali Yildirim'],
    ['Recep Tayyip Erdoğan', '2018-07-09', null],
  ],
  fm: [
    ['Mesut Yılmaz', '1987-12-21', '1990-02-20'],
    ['Ali Bozer', '1990-02-21', '1990-10-11', 'Bozer'],
    ['Ahmet Kurtcebe Alptemoçin', '1990-10-12', '1991-06-23', 'Alptemoçin|Alptemocin'],
    ['Safa Giray', '1991-06-23', '1991-11-20', 'Giray'],
    ['Hikmet Çetin', '1991-11-20', '1994-07-27', 'Çetin|Cetin|Hikmet Cetin'],
    ['Mümtaz Soysal', '1994-07-27', '1994-11-28', 'Soysal|Mumtaz Soysal'],
    ['Murat Karayalçın', '1994-12-12', '1995-03-27', 'Karayalçın|Karayalcin'],
    ['Erdal İnönü', '1995-03-27', '1995-10-05', 'İnönü|Inonu|Erdal Inonu'],
    ['Coşkun Kırca', '1995-10-05', '1995-10-30', 'Kırca|Kirca|Coskun Kirca'],
    ['Deniz Baykal', '1995-10-30', '1996-03-06', 'Baykal'],
    ['Emre Gönensay', '1996-03-06', '1996-06-28', 'Gönensay|Gonensay'],
    ['Tansu Çiller', '1996-06-28', '1997-06-30'],
    ['İsmail Cem', '1997-06-30', '2002-07-11', 'Ismail Cem'],
    ['Şükrü Sina Gürel', '2002-07-11', '2002-11-18', 'Gürel|Gurel|Sukru Sina Gurel'],
    ['Yaşar Yakış', '2002-11-18', '2003-03-14', 'Yakış|Yakis|Yasar Yakis'],
    ['Abdullah Gül', '2003-03-14', '2007-08-28'],
    ['Ali Babacan', '2007-08-29', '2009-05-01', 'Babacan'],
    ['Ahmet Davutoğlu', '2009-05-01', '2014-08-28'],
    ['Mevlüt Çavuşoğlu', '2014-08-29', '2015-08-28', 'Çavuşoğlu|Cavusoglu|Mevlut Cavusoglu'],
    ['Feridun Sinirlioğlu', '2015-08-28', '2015-11-24', 'Sinirlioğlu|Sinirlioglu'],
    ['Mevlüt Çavuşoğlu', '2015-11-24', '2023-06-04'],
    ['Hakan Fidan', '2023-06-04', null, 'Fidan'],
  ],
});

export const SAU = polity('SAU', {
  both: [
    ['Fahd bin Abdulaziz', '1982-06-13', '2005-08-01', 'King Fahd|Fahd|Fahd bin Abdulaziz Al Saud|Fahd bin Abdul Aziz'],
    ['Abdullah bin Abdulaziz', '2005-08-01', '2015-01-23', 'Abdullah bin Abdulaziz Al Saud|Abdullah bin Abdul Aziz'],
  ],
  hos: [
    ['Salman bin Abdulaziz', '2015-01-23', null, 'King Salman|Salman bin Abdulaziz Al Saud|Salman bin Abdul Aziz'],
  ],
  hog: [
    ['Salman bin Abdulaziz', '2015-01-23', '2022-09-27'],
    ['Mohammed bin Salman', '2022-09-27', null, 'MBS|bin Salman|Mohammad bin Salman|Muhammad bin Salman|Mohammed bin Salman Al Saud|Crown Prince Mohammed bin Salman'],
  ],
  fm: [
    ['Saud al-Faisal', '1975-10-13', '2015-04-29', 'Saud Al Faisal|Saud al Faisal|Prince Saud al-Faisal|Saud bin Faisal'],
    ['Adel al-Jubeir', '2015-04-29', '2018-12-27', 'Jubeir|al-Jubeir|Adel Jubeir|Adel bin Ahmed Al-Jubeir'],
    ['Ibrahim Abdulaziz Al-Assaf', '2018-12-27', '2019-10-23', 'Assaf|al-Assaf|Ibrahim al-Assaf'],
    ['Faisal bin Farhan', '2019-10-23', null, 'Faisal bin Farhan Al Saud|Prince Faisal bin Farhan'],
  ],
});
