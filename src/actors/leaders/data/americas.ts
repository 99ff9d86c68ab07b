/**
 * Leaders of the United States (1977 on: the Carter and Reagan years are still common in archives
 * and in CAMEO's own examples), Canada, Mexico, Brazil and Argentina, 1990 on. Written from general
 * knowledge of the public record; see `../types.ts` for the conventions.
 * Day uncertain (the 1st of the month is used): BRA Celso Amorim 1993 (July). Day approximate:
 * BRA Abreu Sodré's start (1986), Cardoso's start as foreign minister (October 1992), ARG Gerardo
 * Werthein's end and Pablo Quirno's start (late October 2025).
 * Canada's head of state is the British monarch (`realm` rows; the table lists them under GBR too).
 */
import { polity } from '../types.js';

export const USA = polity('USA', {
  both: [
    ['Jimmy Carter', '1977-01-20', '1981-01-20', 'Carter|James Earl Carter|James Earl Carter Jr.|James E. Carter'],
    ['Ronald Reagan', '1981-01-20', '1989-01-20', 'Reagan|Ronald Wilson Reagan|Ronald W. Reagan'],
    ['George H. W. Bush', '1989-01-20', '1993-01-20', 'Bush|George Bush|George H.W. Bush|George Herbert Walker Bush|Bush Sr.|George Bush Sr.'],
    ['Bill Clinton', '1993-01-20', '2001-01-20', 'Clinton|William Jefferson Clinton|William J. Clinton|William Clinton'],
    ['George W. Bush', '2001-01-20', '2009-01-20', 'Bush|George Walker Bush|George W Bush|W. Bush'],
    ['Barack Obama', '2009-01-20', '2017-01-20', 'Obama|Barack Hussein Obama|Barack H. Obama'],
    ['Donald Trump', '2017-01-20', '2021-01-20', 'Trump|Donald J. Trump|Donald John Trump'],
    ['Joe Biden', '2021-01-20', '2025-01-20', 'Biden|Joseph Biden|Joseph R. Biden|Joseph R. Biden Jr.|Joe Biden Jr.'],
    ['Donald Trump', '2025-01-20', null],
  ],
  fm: [
    ['Cyrus Vance', '1977-01-23', '1980-04-28', 'Vance|Cyrus R. Vance'],
    ['Edmund Muskie', '1980-05-08', '1981-01-18', 'Muskie|Edmund S. Muskie'],
    ['Alexander Haig', '1981-01-22', '1982-07-05', 'Haig|Alexander M. Haig|Alexander Haig Jr.'],
    ['George Shultz', '1982-07-16', '1989-01-20', 'Shultz|George P. Shultz'],
    ['James Baker', '1989-01-25', '1992-08-23', 'Baker|James A. Baker|James A. Baker III|James Baker III'],
    ['Lawrence Eagleburger', '1992-12-08', '1993-01-19', 'Eagleburger|Lawrence S. Eagleburger'],
    ['Warren Christopher', '1993-01-20', '1997-01-17', 'Christopher|Warren M. Christopher'],
    ['Madeleine Albright', '1997-01-23', '2001-01-20', 'Albright|Madeleine K. Albright'],
    ['Colin Powell', '2001-01-20', '2005-01-26', 'Powell|Colin L. Powell'],
    ['Condoleezza Rice', '2005-01-26', '2009-01-20', 'Rice|Condi Rice|Condoleeza Rice'],
    ['Hillary Clinton', '2009-01-21', '2013-02-01', 'Clinton|Hillary Rodham Clinton|Hillary R. Clinton'],
    ['John Kerry', '2013-02-01', '2017-01-20', 'Kerry|John F. Kerry'],
    ['Rex Tillerson', '2017-02-01', '2018-03-31', 'Tillerson|Rex W. Tillerson'],
    ['Mike Pompeo', '2018-04-26', '2021-01-20', 'Pompeo|Michael Pompeo|Michael R. Pompeo'],
    ['Antony Blinken', '2021-01-26', '2025-01-20', 'Blinken|Antony J. Blinken|Tony Blinken'],
    ['Marco Rubio', '2025-01-21', null, 'Rubio|Marco Antonio Rubio'],
  ],
});

export const CAN = polity('CAN', {
  hos: [
    ['Elizabeth II', '1952-02-06', '2022-09-08', '', 'realm'],
    ['Charles III', '2022-09-08', null, '', 'realm'],
  ],
  hog: [
    ['Brian Mulroney', '1984-09-17', '1993-06-25', 'Mulroney|Martin Brian Mulroney'],
    ['Kim Campbell', '1993-06-25', '1993-11-04', 'Campbell|Avril Phaedra Campbell'],
    ['Jean Chrétien', '1993-11-04', '2003-12-12', 'Chrétien|Chretien|Joseph Jacques Jean Chrétien'],
    ['Paul Martin', '2003-12-12', '2006-02-06', 'Martin|Paul Edgar Philippe Martin'],
    ['Stephen Harper', '2006-02-06', '2015-11-04', 'Harper|Stephen Joseph Harper'],
    ['Justin Trudeau', '2015-11-04', '2025-03-14', 'Trudeau|Justin Pierre James Trudeau'],
    ['Mark Carney', '2025-03-14', null, 'Carney|Mark Joseph Carney'],
  ],
  fm: [
    ['Joe Clark', '1984-09-17', '1991-04-21', 'Clark|Charles Joseph Clark'],
    ['Barbara McDougall', '1991-04-21', '1993-06-25', 'McDougall'],
    ['Perrin Beatty', '1993-06-25', '1993-11-04', 'Beatty'],
    ['André Ouellet', '1993-11-04', '1996-01-25', 'Ouellet'],
    ['Lloyd Axworthy', '1996-01-25', '2000-10-17', 'Axworthy'],
    ['John Manley', '2000-10-17', '2002-01-16', 'Manley'],
    ['Bill Graham', '2002-01-16', '2004-07-20', 'William Graham'],
    ['Pierre Pettigrew', '2004-07-20', '2006-02-06', 'Pettigrew|Pierre S. Pettigrew'],
    ['Peter MacKay', '2006-02-06', '2007-08-14', 'MacKay|Peter Gordon MacKay'],
    ['Maxime Bernier', '2007-08-14', '2008-05-26', 'Bernier'],
    ['David Emerson', '2008-05-26', '2008-10-30', 'Emerson'],
    ['Lawrence Cannon', '2008-10-30', '2011-05-18', 'Cannon'],
    ['John Baird', '2011-05-18', '2015-02-03', 'Baird'],
    ['Rob Nicholson', '2015-02-09', '2015-11-04', 'Nicholson|Robert Nicholson'],
    ['Stéphane Dion', '2015-11-04', '2017-01-10', 'Dion'],
    ['Chrystia Freeland', '2017-01-10', '2019-11-20', 'Freeland'],
    ['François-Philippe Champagne', '2019-11-20', '2021-01-12', 'Champagne'],
    ['Marc Garneau', '2021-01-12', '2021-10-26', 'Garneau'],
    ['Mélanie Joly', '2021-10-26', '2025-05-13', 'Joly'],
    ['Anita Anand', '2025-05-13', null, 'Anand|Anita Indira Anand'],
  ],
});

export const MEX = polity('MEX', {
  both: [
    ['Carlos Salinas de Gortari', '1988-12-01', '1994-11-30', 'Salinas|Carlos Salinas|Salinas de Gortari'],
    ['Ernesto Zedillo', '1994-12-01', '2000-11-30', 'Zedillo|Ernesto Zedillo Ponce de León'],
    ['Vicente Fox', '2000-12-01', '2006-11-30', 'Fox|Vicente Fox Quesada'],
    ['Felipe Calderón', '2006-12-01', '2012-11-30', 'Calderón|Calderon|Felipe Calderón Hinojosa'],
    ['Enrique Peña Nieto', '2012-12-01', '2018-11-30', 'Peña Nieto|Pena Nieto|EPN'],
    ['Andrés Manuel López Obrador', '2018-12-01', '2024-09-30', 'López Obrador|Lopez Obrador|AMLO|Obrador'],
    ['Claudia Sheinbaum', '2024-10-01', null, 'Sheinbaum|Claudia Sheinbaum Pardo'],
  ],
  fm: [
    ['Fernando Solana', '1988-12-01', '1993-01-04', 'Fernando Solana Morales'],
    ['Manuel Camacho Solís', '1993-01-04', '1993-11-29', 'Camacho Solís|Manuel Camacho'],
    ['Manuel Tello Macías', '1993-11-29', '1994-11-30', 'Manuel Tello'],
    ['José Ángel Gurría', '1994-12-01', '1998-01-07', 'Gurría|Gurria|Angel Gurría|Angel Gurria'],
    ['Rosario Green', '1998-01-07', '2000-11-30', 'Rosario Green Macías'],
    ['Jorge Castañeda Gutman', '2000-12-01', '2003-01-10', 'Castañeda|Castaneda|Jorge Castañeda|Jorge Castaneda'],
    ['Luis Ernesto Derbez', '2003-01-10', '2006-11-30', 'Derbez|Luis Derbez'],
    ['Patricia Espinosa', '2006-12-01', '2012-11-30', 'Espinosa|Patricia Espinosa Cantellano'],
    ['José Antonio Meade', '2012-12-01', '2015-08-27', 'Meade|José Antonio Meade Kuribreña'],
    ['Claudia Ruiz Massieu', '2015-08-27', '2017-01-04', 'Ruiz Massieu'],
    ['Luis Videgaray', '2017-01-04', '2018-11-30', 'Videgaray|Luis Videgaray Caso'],
    ['Marcelo Ebrard', '2018-12-01', '2023-06-12', 'Ebrard|Marcelo Ebrard Casaubón'],
    ['Alicia Bárcena', '2023-07-03', '2024-09-30', 'Bárcena|Barcena|Alicia Bárcena Ibarra'],
    ['Juan Ramón de la Fuente', '2024-10-01', null, 'de la Fuente|Juan Ramon de la Fuente'],
  ],
});

export const BRA = polity('BRA', {
  both: [
    ['José Sarney', '1985-03-15', '1990-03-15', 'Sarney'],
    ['Fernando Collor de Mello', '1990-03-15', '1992-12-29', 'Collor|Fernando Collor|Collor de Mello'],
    ['Itamar Franco', '1992-12-29', '1995-01-01', 'Itamar'],
    ['Fernando Henrique Cardoso', '1995-01-01', '2003-01-01', 'Cardoso|FHC'],
    ['Luiz Inácio Lula da Silva', '2003-01-01', '2011-01-01', 'Lula|Lula da Silva|Luiz Inacio Lula da Silva|Luiz Lula da Silva'],
    ['Dilma Rousseff', '2011-01-01', '2016-08-31', 'Rousseff|Dilma|Dilma Vana Rousseff'],
    ['Michel Temer', '2016-08-31', '2019-01-01', 'Temer'],
    ['Jair Bolsonaro', '2019-01-01', '2023-01-01', 'Bolsonaro|Jair Messias Bolsonaro'],
    ['Luiz Inácio Lula da Silva', '2023-01-01', null],
  ],
  fm: [
    ['Roberto de Abreu Sodré', '1986-02-14', '1990-03-15', 'Abreu Sodré|Abreu Sodre'],
    ['Francisco Rezek', '1990-03-15', '1992-04-13', 'Rezek'],
    ['Celso Lafer', '1992-04-13', '1992-10-02', 'Lafer'],
    ['Fernando Henrique Cardoso', '1992-10-05', '1993-05-20'],
    ['Celso Amorim', '1993-07-01', '1995-01-01', 'Amorim'],
    ['Luiz Felipe Lampreia', '1995-01-01', '2001-01-29', 'Lampreia'],
    ['Celso Lafer', '2001-01-29', '2003-01-01'],
    ['Celso Amorim', '2003-01-01', '2011-01-01'],
    ['Antonio Patriota', '2011-01-01', '2013-08-28', 'Patriota|Antônio Patriota'],
    ['Luiz Alberto Figueiredo', '2013-08-28', '2015-01-01', 'Figueiredo|Luiz Alberto Figueiredo Machado'],
    ['Mauro Vieira', '2015-01-01', '2016-05-12', 'Vieira|Mauro Luiz Iecker Vieira'],
    ['José Serra', '2016-05-18', '2017-02-22', 'Serra|Jose Serra'],
    ['Aloysio Nunes', '2017-03-07', '2019-01-01', 'Aloysio Nunes Ferreira|Nunes'],
    ['Ernesto Araújo', '2019-01-01', '2021-03-29', 'Araújo|Araujo|Ernesto Araujo'],
    ['Carlos Alberto França', '2021-04-06', '2023-01-01', 'Carlos França|Carlos Franca|Carlos Alberto Franca'],
    ['Mauro Vieira', '2023-01-01', null],
  ],
});

export const ARG = polity('ARG', {
  both: [
    ['Carlos Menem', '1989-07-08', '1999-12-10', 'Menem|Carlos Saúl Menem'],
    ['Fernando de la Rúa', '1999-12-10', '2001-12-21', 'de la Rúa|De la Rua|Fernando de la Rua'],
    ['Adolfo Rodríguez Saá', '2001-12-23', '2001-12-30', 'Rodríguez Saá|Rodriguez Saa'],
    ['Eduardo Duhalde', '2002-01-02', '2003-05-25', 'Duhalde'],
    ['Néstor Kirchner', '2003-05-25', '2007-12-10', 'Kirchner|Nestor Kirchner|Néstor Carlos Kirchner'],
    ['Cristina Fernández de Kirchner', '2007-12-10', '2015-12-10', 'Kirchner|Cristina Kirchner|Cristina Fernández|Fernández de Kirchner|CFK|Cristina Fernandez de Kirchner'],
    ['Mauricio Macri', '2015-12-10', '2019-12-10', 'Macri'],
    ['Alberto Fernández', '2019-12-10', '2023-12-10', 'Fernández|Fernandez|Alberto Fernandez'],
    ['Javier Milei', '2023-12-10', null, 'Milei|Javier Gerardo Milei'],
  ],
  fm: [
    ['Domingo Cavallo', '1989-07-08', '1991-01-31', 'Cavallo'],
    ['Guido di Tella', '1991-01-31', '1999-12-10', 'di Tella'],
    ['Adalberto Rodríguez Giavarini', '1999-12-10', '2001-12-21', 'Rodríguez Giavarini|Rodriguez Giavarini|Giavarini'],
    ['Carlos Ruckauf', '2002-01-03', '2003-05-25', 'Ruckauf'],
    ['Rafael Bielsa', '2003-05-25', '2005-12-01', 'Bielsa'],
    ['Jorge Taiana', '2005-12-01', '2010-06-18', 'Taiana'],
    ['Héctor Timerman', '2010-06-18', '2015-12-10', 'Timerman|Hector Timerman'],
    ['Susana Malcorra', '2015-12-10', '2017-06-12', 'Malcorra'],
    ['Jorge Faurie', '2017-06-12', '2019-12-10', 'Faurie'],
    ['Felipe Solá', '2019-12-10', '2021-09-20', 'Solá|Sola'],
    ['Santiago Cafiero', '2021-09-20', '2023-12-10', 'Cafiero'],
    ['Diana Mondino', '2023-12-10', '2024-10-30', 'Mondino'],
    ['Gerardo Werthein', '2024-10-30', '2025-10-27', 'Werthein'],
    ['Pablo Quirno', '2025-10-27', null, 'Quirno'],
  ],
});
