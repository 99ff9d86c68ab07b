/**
 * Leaders of the United Kingdom, France and Germany, 1990 on. Written from general knowledge of the
 * public record; see `../types.ts` for the conventions. Germany before 3 October 1990 is West
 * Germany (the Federal Republic, which unification continued).
 */
import { polity } from '../types.js';

export const GBR = polity('GBR', {
  hos: [
    ['Elizabeth II', '1952-02-06', '2022-09-08', 'Queen Elizabeth|Queen Elizabeth II|Elizabeth Alexandra Mary Windsor'],
    ['Charles III', '2022-09-08', null, 'King Charles|King Charles III|Charles Philip Arthur George'],
  ],
  hog: [
    ['Margaret Thatcher', '1979-05-04', '1990-11-28', 'Thatcher|Margaret Hilda Thatcher'],
    ['John Major', '1990-11-28', '1997-05-02', 'Major|Sir John Major'],
    ['Tony Blair', '1997-05-02', '2007-06-27', 'Blair|Anthony Blair|Anthony Charles Lynton Blair'],
    ['Gordon Brown', '2007-06-27', '2010-05-11', 'Brown|James Gordon Brown'],
    ['David Cameron', '2010-05-11', '2016-07-13', 'Cameron|David William Donald Cameron|Lord Cameron'],
    ['Theresa May', '2016-07-13', '2019-07-24', 'May|Theresa Mary May'],
    ['Boris Johnson', '2019-07-24', '2022-09-06', 'Johnson|Alexander Boris de Pfeffel Johnson'],
    ['Liz Truss', '2022-09-06', '2022-10-25', 'Truss|Elizabeth Truss|Mary Elizabeth Truss'],
    ['Rishi Sunak', '2022-10-25', '2024-07-05', 'Sunak'],
    ['Keir Starmer', '2024-07-05', null, 'Starmer|Sir Keir Starmer|Keir Rodney Starmer'],
  ],
  fm: [
    ['Douglas Hurd', '1989-10-26', '1995-07-05', 'Hurd'],
    ['Malcolm Rifkind', '1995-07-05', '1997-05-02', 'Rifkind'],
    ['Robin Cook', '1997-05-02', '2001-06-08', 'Cook'],
    ['Jack Straw', '2001-06-08', '2006-05-05', 'Straw'],
    ['Margaret Beckett', '2006-05-05', '2007-06-27', 'Beckett'],
    ['David Miliband', '2007-06-28', '2010-05-11', 'Miliband'],
    ['William Hague', '2010-05-12', '2014-07-14', 'Hague'],
    ['Philip Hammond', '2014-07-15', '2016-07-13', 'Hammond'],
    ['Boris Johnson', '2016-07-13', '2018-07-09'],
    ['Jeremy Hunt', '2018-07-09', '2019-07-24', 'Hunt'],
    ['Dominic Raab', '2019-07-24', '2021-09-15', 'Raab'],
    ['Liz Truss', '2021-09-15', '2022-09-06'],
    ['James Cleverly', '2022-09-06', '2023-11-13', 'Cleverly'],
    ['David Cameron', '2023-11-13', '2024-07-05'],
    ['David Lammy', '2024-07-05', '2025-09-05', 'Lammy'],
    ['Yvette Cooper', '2025-09-05', null, 'Cooper'],
  ],
});

export const FRA = polity('FRA', {
  hos: [
    ['François Mitterrand', '1981-05-21', '1995-05-17', 'Mitterrand|Francois Mitterrand'],
    ['Jacques Chirac', '1995-05-17', '2007-05-16', 'Chirac'],
    ['Nicolas Sarkozy', '2007-05-16', '2012-05-15', 'Sarkozy'],
    ['François Hollande', '2012-05-15', '2017-05-14', 'Hollande|Francois Hollande'],
    ['Emmanuel Macron', '2017-05-14', null, 'Macron|Emmanuel Jean-Michel Frédéric Macron'],
  ],
  hog: [
    ['Michel Rocard', '1988-05-10', '1991-05-15', 'Rocard'],
    ['Édith Cresson', '1991-05-15', '1992-04-02', 'Cresson|Edith Cresson'],
    ['Pierre Bérégovoy', '1992-04-02', '1993-03-29', 'Bérégovoy|Beregovoy'],
    ['Édouard Balladur', '1993-03-29', '1995-05-17', 'Balladur|Edouard Balladur'],
    ['Alain Juppé', '1995-05-17', '1997-06-02', 'Juppé|Juppe|Alain Juppe'],
    ['Lionel Jospin', '1997-06-02', '2002-05-06', 'Jospin'],
    ['Jean-Pierre Raffarin', '2002-05-06', '2005-05-31', 'Raffarin'],
    ['Dominique de Villepin', '2005-05-31', '2007-05-17', 'de Villepin|Villepin'],
    ['François Fillon', '2007-05-17', '2012-05-15', 'Fillon|Francois Fillon'],
    ['Jean-Marc Ayrault', '2012-05-15', '2014-03-31', 'Ayrault'],
    ['Manuel Valls', '2014-03-31', '2016-12-06', 'Valls'],
    ['Bernard Cazeneuve', '2016-12-06', '2017-05-15', 'Cazeneuve'],
    ['Édouard Philippe', '2017-05-15', '2020-07-03', 'Edouard Philippe'],
    ['Jean Castex', '2020-07-03', '2022-05-16', 'Castex'],
    ['Élisabeth Borne', '2022-05-16', '2024-01-09', 'Borne|Elisabeth Borne'],
    ['Gabriel Attal', '2024-01-09', '2024-09-05', 'Attal'],
    ['Michel Barnier', '2024-09-05', '2024-12-13', 'Barnier'],
    ['François Bayrou', '2024-12-13', '2025-09-09', 'Bayrou|Francois Bayrou'],
    ['Sébastien Lecornu', '2025-09-09', null, 'Lecornu|Sebastien Lecornu'],
  ],
  fm: [
    ['Roland Dumas', '1988-05-12', '1993-03-29', 'Dumas'],
    ['Alain Juppé', '1993-03-30', '1995-05-17'],
    ['Hervé de Charette', '1995-05-18', '1997-06-02', 'de Charette|Herve de Charette'],
    ['Hubert Védrine', '1997-06-04', '2002-05-05', 'Védrine|Vedrine'],
    ['Dominique de Villepin', '2002-05-07', '2004-03-30'],
    ['Michel Barnier', '2004-03-31', '2005-05-31'],
    ['Philippe Douste-Blazy', '2005-06-02', '2007-05-15', 'Douste-Blazy'],
    ['Bernard Kouchner', '2007-05-18', '2010-11-13', 'Kouchner'],
    ['Michèle Alliot-Marie', '2010-11-14', '2011-02-27', 'Alliot-Marie|Michele Alliot-Marie'],
    ['Alain Juppé', '2011-02-27', '2012-05-15'],
    ['Laurent Fabius', '2012-05-16', '2016-02-11', 'Fabius'],
    ['Jean-Marc Ayrault', '2016-02-11', '2017-05-17'],
    ['Jean-Yves Le Drian', '2017-05-17', '2022-05-20', 'Le Drian'],
    ['Catherine Colonna', '2022-05-20', '2024-01-11', 'Colonna'],
    ['Stéphane Séjourné', '2024-01-11', '2024-09-21', 'Séjourné|Sejourne|Stephane Sejourne'],
    ['Jean-Noël Barrot', '2024-09-21', null, 'Barrot|Jean-Noel Barrot'],
  ],
});

export const DEU = polity('DEU', {
  hos: [
    ['Richard von Weizsäcker', '1984-07-01', '1994-06-30', 'von Weizsäcker|Weizsäcker|Weizsaecker|Richard von Weizsaecker'],
    ['Roman Herzog', '1994-07-01', '1999-06-30', 'Herzog'],
    ['Johannes Rau', '1999-07-01', '2004-06-30', 'Rau'],
    ['Horst Köhler', '2004-07-01', '2010-05-31', 'Köhler|Koehler|Horst Koehler'],
    ['Christian Wulff', '2010-06-30', '2012-02-17', 'Wulff'],
    ['Joachim Gauck', '2012-03-18', '2017-03-18', 'Gauck'],
    ['Frank-Walter Steinmeier', '2017-03-19', null, 'Steinmeier'],
  ],
  hog: [
    ['Helmut Kohl', '1982-10-01', '1998-10-27', 'Kohl'],
    ['Gerhard Schröder', '1998-10-27', '2005-11-22', 'Schröder|Schroeder|Gerhard Schroeder'],
    ['Angela Merkel', '2005-11-22', '2021-12-08', 'Merkel|Angela Dorothea Merkel'],
    ['Olaf Scholz', '2021-12-08', '2025-05-06', 'Scholz'],
    ['Friedrich Merz', '2025-05-06', null, 'Merz|Joachim-Friedrich Martin Josef Merz'],
  ],
  fm: [
    ['Hans-Dietrich Genscher', '1974-05-17', '1992-05-17', 'Genscher'],
    ['Klaus Kinkel', '1992-05-18', '1998-10-26', 'Kinkel'],
    ['Joschka Fischer', '1998-10-27', '2005-11-22', 'Fischer|Joseph Fischer'],
    ['Frank-Walter Steinmeier', '2005-11-22', '2009-10-28'],
    ['Guido Westerwelle', '2009-10-28', '2013-12-17', 'Westerwelle'],
    ['Frank-Walter Steinmeier', '2013-12-17', '2017-01-27'],
    ['Sigmar Gabriel', '2017-01-27', '2018-03-14', 'Gabriel'],
    ['Heiko Maas', '2018-03-14', '2021-12-08', 'Maas'],
    ['Annalena Baerbock', '2021-12-08', '2025-05-06', 'Baerbock'],
    ['Johann Wadephul', '2025-05-06', null, 'Wadephul'],
  ],
});
