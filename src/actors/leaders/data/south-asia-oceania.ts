/**
 * Leaders of India, Indonesia, South Africa and Australia, 1990 on. Written from general knowledge
 * of the public record; see `../types.ts` for the conventions.
 * India: the prime minister sometimes held the external affairs portfolio himself (Chandra Shekhar
 * 1991, Narasimha Rao 1992–93, Vajpayee 1998, Manmohan Singh 2005–06); those terms are listed.
 * Indonesia and South Africa: the president is head of state and of government (South Africa's
 * State President until 10 May 1994). Australia's head of state is the British monarch (`realm` rows).
 * "Singh" is not a variant: it is shared by several officeholders and many others (`rules/leader-names.ts`).
 */
import { polity } from '../types.js';

export const IND = polity('IND', {
  hos: [
    ['Ramaswamy Venkataraman', '1987-07-25', '1992-07-25', 'R. Venkataraman|Venkataraman'],
    ['Shankar Dayal Sharma', '1992-07-25', '1997-07-25', 'S. D. Sharma'],
    ['K. R. Narayanan', '1997-07-25', '2002-07-25', 'Kocheril Raman Narayanan|Narayanan'],
    ['A. P. J. Abdul Kalam', '2002-07-25', '2007-07-25', 'Abdul Kalam|APJ Abdul Kalam|Kalam'],
    ['Pratibha Patil', '2007-07-25', '2012-07-25', 'Pratibha Devisingh Patil'],
    ['Pranab Mukherjee', '2012-07-25', '2017-07-25', 'Mukherjee'],
    ['Ram Nath Kovind', '2017-07-25', '2022-07-25', 'Kovind'],
    ['Droupadi Murmu', '2022-07-25', null, 'Murmu|Draupadi Murmu'],
  ],
  hog: [
    ['V. P. Singh', '1989-12-02', '1990-11-10', 'Vishwanath Pratap Singh'],
    ['Chandra Shekhar', '1990-11-10', '1991-06-21'],
    ['P. V. Narasimha Rao', '1991-06-21', '1996-05-16', 'Narasimha Rao|Pamulaparthi Venkata Narasimha Rao'],
    ['Atal Bihari Vajpayee', '1996-05-16', '1996-06-01', 'Vajpayee|A. B. Vajpayee'],
    ['H. D. Deve Gowda', '1996-06-01', '1997-04-21', 'Deve Gowda|Gowda'],
    ['I. K. Gujral', '1997-04-21', '1998-03-19', 'Gujral|Inder Kumar Gujral'],
    ['Atal Bihari Vajpayee', '1998-03-19', '2004-05-22'],
    ['Manmohan Singh', '2004-05-22', '2014-05-26'],
    ['Narendra Modi', '2014-05-26', null, 'Modi|Narendra Damodardas Modi'],
  ],
  fm: [
    ['I. K. Gujral', '1989-12-05', '1990-11-10'],
    ['Vidya Charan Shukla', '1990-11-21', '1991-02-20', 'V. C. Shukla'],
    ['Chandra Shekhar', '1991-02-20', '1991-06-21'],
    ['Madhavsinh Solanki', '1991-06-21', '1992-03-31', 'Solanki'],
    ['P. V. Narasimha Rao', '1992-03-31', '1993-01-18'],
    ['Dinesh Singh', '1993-01-18', '1995-02-10'],
    ['Pranab Mukherjee', '1995-02-10', '1996-05-16'],
    ['Sikander Bakht', '1996-05-21', '1996-06-01', 'Bakht'],
    ['I. K. Gujral', '1996-06-01', '1998-03-18'],
    ['Atal Bihari Vajpayee', '1998-03-19', '1998-12-05'],
    ['Jaswant Singh', '1998-12-05', '2002-07-01'],
    ['Yashwant Sinha', '2002-07-01', '2004-05-22', 'Sinha'],
    ['Natwar Singh', '2004-05-22', '2005-11-06', 'K. Natwar Singh'],
    ['Manmohan Singh', '2005-11-06', '2006-10-24'],
    ['Pranab Mukherjee', '2006-10-24', '2009-05-22'],
    ['S. M. Krishna', '2009-05-22', '2012-10-26', 'Krishna|Somanahalli Mallaiah Krishna'],
    ['Salman Khurshid', '2012-10-28', '2014-05-26', 'Khurshid'],
    ['Sushma Swaraj', '2014-05-26', '2019-05-30', 'Swaraj'],
    ['S. Jaishankar', '2019-05-30', null, 'Jaishankar|Subrahmanyam Jaishankar'],
  ],
});

export const IDN = polity('IDN', {
  both: [
    ['Suharto', '1967-03-12', '1998-05-21', 'Soeharto'],
    ['B. J. Habibie', '1998-05-21', '1999-10-20', 'Habibie|Bacharuddin Jusuf Habibie'],
    ['Abdurrahman Wahid', '1999-10-20', '2001-07-23', 'Wahid|Gus Dur'],
    ['Megawati Sukarnoputri', '2001-07-23', '2004-10-20', 'Megawati|Megawati Soekarnoputri'],
    ['Susilo Bambang Yudhoyono', '2004-10-20', '2014-10-20', 'Yudhoyono|SBY'],
    ['Joko Widodo', '2014-10-20', '2024-10-20', 'Jokowi|Widodo'],
    ['Prabowo Subianto', '2024-10-20', null, 'Prabowo|Subianto|Prabowo Subianto Djojohadikusumo'],
  ],
  fm: [
    ['Ali Alatas', '1988-03-21', '1999-10-20', 'Alatas'],
    ['Alwi Shihab', '1999-10-26', '2001-08-09', 'Shihab'],
    ['Hassan Wirajuda', '2001-08-10', '2009-10-22', 'Wirajuda|Noer Hassan Wirajuda'],
    ['Marty Natalegawa', '2009-10-22', '2014-10-20', 'Natalegawa|Raden Mohammad Marty Muliana Natalegawa'],
    ['Retno Marsudi', '2014-10-27', '2024-10-20', 'Retno|Marsudi|Retno Lestari Priansari Marsudi'],
    ['Sugiono', '2024-10-21', null],
  ],
});

export const ZAF = polity('ZAF', {
  both: [
    ['F. W. de Klerk', '1989-09-20', '1994-05-10', 'de Klerk|Frederik Willem de Klerk|Frederik de Klerk'],
    ['Nelson Mandela', '1994-05-10', '1999-06-14', 'Mandela|Nelson Rolihlahla Mandela|Madiba'],
    ['Thabo Mbeki', '1999-06-14', '2008-09-24', 'Mbeki'],
    ['Kgalema Motlanthe', '2008-09-25', '2009-05-09', 'Motlanthe'],
    ['Jacob Zuma', '2009-05-09', '2018-02-14', 'Zuma|Jacob Gedleyihlekisa Zuma'],
    ['Cyril Ramaphosa', '2018-02-15', null, 'Ramaphosa|Matamela Cyril Ramaphosa'],
  ],
  fm: [
    ['Pik Botha', '1977-04-01', '1994-05-10', 'Botha|Roelof Botha|R. F. Botha|Roelof Frederik Botha'],
    ['Alfred Nzo', '1994-05-10', '1999-06-14', 'Nzo'],
    ['Nkosazana Dlamini-Zuma', '1999-06-17', '2009-05-10', 'Dlamini-Zuma|Nkosazana Dlamini Zuma'],
    ['Maite Nkoana-Mashabane', '2009-05-10', '2018-02-26', 'Nkoana-Mashabane|Mashabane'],
    ['Lindiwe Sisulu', '2018-02-27', '2019-05-29', 'Sisulu'],
    ['Naledi Pandor', '2019-05-30', '2024-06-30', 'Pandor'],
    ['Ronald Lamola', '2024-07-03', null, 'Lamola'],
  ],
});

export const AUS = polity('AUS', {
  hos: [
    ['Elizabeth II', '1952-02-06', '2022-09-08', '', 'realm'],
    ['Charles III', '2022-09-08', null, '', 'realm'],
  ],
  hog: [
    ['Bob Hawke', '1983-03-11', '1991-12-20', 'Hawke|Robert Hawke'],
    ['Paul Keating', '1991-12-20', '1996-03-11', 'Keating'],
    ['John Howard', '1996-03-11', '2007-12-03', 'Howard|John Winston Howard'],
    ['Kevin Rudd', '2007-12-03', '2010-06-24', 'Rudd'],
    ['Julia Gillard', '2010-06-24', '2013-06-27', 'Gillard'],
    ['Kevin Rudd', '2013-06-27', '2013-09-18'],
    ['Tony Abbott', '2013-09-18', '2015-09-15', 'Abbott'],
    ['Malcolm Turnbull', '2015-09-15', '2018-08-24', 'Turnbull'],
    ['Scott Morrison', '2018-08-24', '2022-05-23', 'Morrison'],
    ['Anthony Albanese', '2022-05-23', null, 'Albanese'],
  ],
  fm: [
    ['Gareth Evans', '1988-09-02', '1996-03-11', 'Evans'],
    ['Alexander Downer', '1996-03-11', '2007-12-03', 'Downer'],
    ['Stephen Smith', '2007-12-03', '2010-09-14'],
    ['Kevin Rudd', '2010-09-14', '2012-02-22'],
    ['Bob Carr', '2012-03-13', '2013-09-18', 'Carr'],
    ['Julie Bishop', '2013-09-18', '2018-08-28', 'Bishop'],
    ['Marise Payne', '2018-08-28', '2022-05-23', 'Payne'],
    ['Penny Wong', '2022-05-23', null, 'Penelope Wong'],
  ],
});
