/**
 * Leaders of Italy and of the European Union, 1990 on. Written from general knowledge of the public
 * record; see `../types.ts` for the conventions.
 *
 * European Union (polity `IGOEUREEC`, the code `gazetteer/organizations.ts` gives the EU): the
 * President of the European Commission is listed as head of government, the President of the
 * European Council (a standing office only since 1 December 2009) as head of state, and the High
 * Representative for foreign affairs (since 18 October 1999) as foreign minister. Jacques Santer's
 * term ends at his resignation (15 March 1999); the caretaker months are left out.
 * Italy: Silvio Berlusconi's 2002 interim tenure as foreign minister is kept (he held the portfolio).
 * Day uncertain (the 1st of the month is used): Emilio Colombo's start (August 1992).
 */
import { polity } from '../types.js';

export const ITA = polity('ITA', {
  hos: [
    ['Francesco Cossiga', '1985-07-03', '1992-04-28', 'Cossiga'],
    ['Oscar Luigi Scalfaro', '1992-05-28', '1999-05-15', 'Scalfaro|Oscar Scalfaro'],
    ['Carlo Azeglio Ciampi', '1999-05-18', '2006-05-15', 'Ciampi|Carlo Ciampi'],
    ['Giorgio Napolitano', '2006-05-15', '2015-01-14', 'Napolitano'],
    ['Sergio Mattarella', '2015-02-03', null, 'Mattarella'],
  ],
  hog: [
    ['Giulio Andreotti', '1989-07-23', '1992-06-28', 'Andreotti'],
    ['Giuliano Amato', '1992-06-28', '1993-04-28', 'Amato'],
    ['Carlo Azeglio Ciampi', '1993-04-28', '1994-05-10'],
    ['Silvio Berlusconi', '1994-05-10', '1995-01-17', 'Berlusconi'],
    ['Lamberto Dini', '1995-01-17', '1996-05-17', 'Dini'],
    ['Romano Prodi', '1996-05-17', '1998-10-21', 'Prodi'],
    ['Massimo D\'Alema', '1998-10-21', '2000-04-25', 'D\'Alema|DAlema|D Alema'],
    ['Giuliano Amato', '2000-04-25', '2001-06-11'],
    ['Silvio Berlusconi', '2001-06-11', '2006-05-17'],
    ['Romano Prodi', '2006-05-17', '2008-05-08'],
    ['Silvio Berlusconi', '2008-05-08', '2011-11-16'],
    ['Mario Monti', '2011-11-16', '2013-04-28', 'Monti'],
    ['Enrico Letta', '2013-04-28', '2014-02-22', 'Letta'],
    ['Matteo Renzi', '2014-02-22', '2016-12-12', 'Renzi'],
    ['Paolo Gentiloni', '2016-12-12', '2018-06-01', 'Gentiloni'],
    ['Giuseppe Conte', '2018-06-01', '2021-02-13', 'Conte'],
    ['Mario Draghi', '2021-02-13', '2022-10-22', 'Draghi'],
    ['Giorgia Meloni', '2022-10-22', null, 'Meloni'],
  ],
  fm: [
    ['Gianni De Michelis', '1989-07-22', '1992-06-28', 'De Michelis'],
    ['Vincenzo Scotti', '1992-06-28', '1992-07-29', 'Scotti'],
    ['Emilio Colombo', '1992-08-01', '1993-04-28', 'Colombo'],
    ['Beniamino Andreatta', '1993-04-28', '1994-05-10', 'Andreatta|Nino Andreatta'],
    ['Antonio Martino', '1994-05-10', '1995-01-17'],
    ['Susanna Agnelli', '1995-01-17', '1996-05-17', 'Agnelli'],
    ['Lamberto Dini', '1996-05-17', '2001-06-11'],
    ['Renato Ruggiero', '2001-06-11', '2002-01-05', 'Ruggiero'],
    ['Silvio Berlusconi', '2002-01-06', '2002-11-14', '', 'acting'],
    ['Franco Frattini', '2002-11-14', '2004-11-18', 'Frattini'],
    ['Gianfranco Fini', '2004-11-18', '2006-05-17', 'Fini'],
    ['Massimo D\'Alema', '2006-05-17', '2008-05-08'],
    ['Franco Frattini', '2008-05-08', '2011-11-16'],
    ['Giulio Terzi di Sant\'Agata', '2011-11-16', '2013-03-26', 'Giulio Terzi|Terzi'],
    ['Emma Bonino', '2013-04-28', '2014-02-22', 'Bonino'],
    ['Federica Mogherini', '2014-02-22', '2014-10-31', 'Mogherini'],
    ['Paolo Gentiloni', '2014-10-31', '2016-12-12'],
    ['Angelino Alfano', '2016-12-12', '2018-06-01', 'Alfano'],
    ['Enzo Moavero Milanesi', '2018-06-01', '2019-09-05', 'Moavero Milanesi|Moavero|Enzo Moavero'],
    ['Luigi Di Maio', '2019-09-05', '2022-10-22', 'Di Maio'],
    ['Antonio Tajani', '2022-10-22', null, 'Tajani'],
  ],
});

export const EUR = polity('IGOEUREEC', {
  hos: [
    ['Herman Van Rompuy', '2009-12-01', '2014-11-30', 'Van Rompuy'],
    ['Donald Tusk', '2014-12-01', '2019-11-30', 'Tusk'],
    ['Charles Michel', '2019-12-01', '2024-11-30'],
    ['António Costa', '2024-12-01', null, 'Antonio Costa'],
  ],
  hog: [
    ['Jacques Delors', '1985-01-07', '1995-01-22', 'Delors'],
    ['Jacques Santer', '1995-01-23', '1999-03-15', 'Santer'],
    ['Romano Prodi', '1999-09-16', '2004-11-21'],
    ['José Manuel Barroso', '2004-11-22', '2014-10-31', 'Barroso|Jose Manuel Barroso|José Manuel Durão Barroso|Jose Manuel Durao Barroso'],
    ['Jean-Claude Juncker', '2014-11-01', '2019-11-30', 'Juncker'],
    ['Ursula von der Leyen', '2019-12-01', null, 'von der Leyen|Von der Leyen'],
  ],
  fm: [
    ['Javier Solana', '1999-10-18', '2009-11-30', 'Solana|Javier Solana Madariaga'],
    ['Catherine Ashton', '2009-12-01', '2014-10-31', 'Ashton|Baroness Ashton|Lady Ashton'],
    ['Federica Mogherini', '2014-11-01', '2019-11-30'],
    ['Josep Borrell', '2019-12-01', '2024-11-30', 'Borrell|Josep Borrell Fontelles'],
    ['Kaja Kallas', '2024-12-01', null, 'Kallas'],
  ],
});
