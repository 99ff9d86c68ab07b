/**
 * Leaders of China, Japan and South Korea, 1990 on. Written from general knowledge of the public
 * record; see `../types.ts` for the conventions.
 *
 * China: the state president and the premier; the Communist Party's general secretary (Jiang Zemin
 * from 1989, Hu Jintao from November 2002, Xi Jinping from November 2012) is not a state office and
 * is not listed. Chinese and Korean names are written family name first; the family name alone is
 * given as a variant only where it is not one of the common surnames (`rules/leader-names.ts`).
 * Japan: names are written given name first; `jp()` adds the family-first order as a variant.
 * South Korea: the president is listed as head of state, the prime minister as head of government.
 * Korean dates of uncertain day: Cho Tae-yul's end (July 2025, approximate); the days of the
 * 1990s prime ministers and foreign ministers (Ro Jai-bong to Goh Kun, Choi Ho-joong to Hong
 * Soon-young) may be off by a few days. Acting prime ministers between confirmed ones are left out.
 */
import { polity, type Row } from '../types.js';

/** Adds the family-first order ("Abe Shinzo") of a two-word Japanese name to the row's variants. */
const jp = (row: Row): Row => {
  const [name, start, end, variants = '', ...flags] = row;
  const w = name.split(' ');
  const swapped = w.length === 2 ? `${w[1]} ${w[0]}` : '';
  return [name, start, end, [variants, swapped].filter((v) => v !== '').join('|'), ...flags];
};

export const CHN = polity('CHN', {
  hos: [
    ['Yang Shangkun', '1988-04-08', '1993-03-27'],
    ['Jiang Zemin', '1993-03-27', '2003-03-15', 'Jiang'],
    ['Hu Jintao', '2003-03-15', '2013-03-14', 'Hu'],
    ['Xi Jinping', '2013-03-14', null, 'Xi|Xi Jin-ping|Hsi Chin-ping'],
  ],
  hog: [
    ['Li Peng', '1987-11-24', '1998-03-17'],
    ['Zhu Rongji', '1998-03-17', '2003-03-16', 'Zhu'],
    ['Wen Jiabao', '2003-03-16', '2013-03-15', 'Wen'],
    ['Li Keqiang', '2013-03-15', '2023-03-11'],
    ['Li Qiang', '2023-03-11', null],
  ],
  fm: [
    ['Qian Qichen', '1988-04-09', '1998-03-18', 'Qian'],
    ['Tang Jiaxuan', '1998-03-18', '2003-03-17', 'Tang'],
    ['Li Zhaoxing', '2003-03-17', '2007-04-27'],
    ['Yang Jiechi', '2007-04-27', '2013-03-16'],
    ['Wang Yi', '2013-03-16', '2022-12-30'],
    ['Qin Gang', '2022-12-30', '2023-07-25', 'Qin'],
    ['Wang Yi', '2023-07-25', null],
  ],
});

export const JPN = polity('JPN', {
  hos: [
    ['Akihito', '1989-01-07', '2019-04-30', 'Emperor Akihito'],
    ['Naruhito', '2019-05-01', null, 'Emperor Naruhito'],
  ],
  hog: ([
    ['Toshiki Kaifu', '1989-08-10', '1991-11-05', 'Kaifu'],
    ['Kiichi Miyazawa', '1991-11-05', '1993-08-09', 'Miyazawa'],
    ['Morihiro Hosokawa', '1993-08-09', '1994-04-28', 'Hosokawa'],
    ['Tsutomu Hata', '1994-04-28', '1994-06-30', 'Hata'],
    ['Tomiichi Murayama', '1994-06-30', '1996-01-11', 'Murayama'],
    ['Ryutaro Hashimoto', '1996-01-11', '1998-07-30', 'Hashimoto|Ryūtarō Hashimoto'],
    ['Keizo Obuchi', '1998-07-30', '2000-04-05', 'Obuchi|Keizō Obuchi'],
    ['Yoshiro Mori', '2000-04-05', '2001-04-26', 'Mori|Yoshirō Mori'],
    ['Junichiro Koizumi', '2001-04-26', '2006-09-26', 'Koizumi|Jun\'ichirō Koizumi'],
    ['Shinzo Abe', '2006-09-26', '2007-09-26', 'Abe|Shinzō Abe'],
    ['Yasuo Fukuda', '2007-09-26', '2008-09-24', 'Fukuda'],
    ['Taro Aso', '2008-09-24', '2009-09-16', 'Aso|Tarō Asō'],
    ['Yukio Hatoyama', '2009-09-16', '2010-06-08', 'Hatoyama'],
    ['Naoto Kan', '2010-06-08', '2011-09-02', 'Kan'],
    ['Yoshihiko Noda', '2011-09-02', '2012-12-26', 'Noda'],
    ['Shinzo Abe', '2012-12-26', '2020-09-16'],
    ['Yoshihide Suga', '2020-09-16', '2021-10-04', 'Suga'],
    ['Fumio Kishida', '2021-10-04', '2024-10-01', 'Kishida'],
    ['Shigeru Ishiba', '2024-10-01', '2025-10-21', 'Ishiba'],
    ['Sanae Takaichi', '2025-10-21', null, 'Takaichi'],
  ] as Row[]).map(jp),
  fm: ([
    ['Taro Nakayama', '1989-08-10', '1991-11-05', 'Nakayama'],
    ['Michio Watanabe', '1991-11-05', '1993-04-07', 'Watanabe'],
    ['Kabun Muto', '1993-04-07', '1993-08-09', 'Muto|Kabun Mutō'],
    ['Tsutomu Hata', '1993-08-09', '1994-04-28'],
    ['Koji Kakizawa', '1994-04-28', '1994-06-30', 'Kakizawa'],
    ['Yohei Kono', '1994-06-30', '1996-01-11', 'Kono|Yōhei Kōno|Yohei Kohno'],
    ['Yukihiko Ikeda', '1996-01-11', '1997-09-11', 'Ikeda'],
    ['Keizo Obuchi', '1997-09-11', '1998-07-30'],
    ['Masahiko Komura', '1998-07-30', '1999-10-05', 'Komura|Masahiko Kōmura'],
    ['Yohei Kono', '1999-10-05', '2001-04-26'],
    ['Makiko Tanaka', '2001-04-26', '2002-01-30', 'Tanaka'],
    ['Yoriko Kawaguchi', '2002-02-01', '2004-09-27', 'Kawaguchi'],
    ['Nobutaka Machimura', '2004-09-27', '2005-10-31', 'Machimura'],
    ['Taro Aso', '2005-10-31', '2007-08-27'],
    ['Nobutaka Machimura', '2007-08-27', '2007-09-26'],
    ['Masahiko Komura', '2007-09-26', '2008-08-02'],
    ['Hirofumi Nakasone', '2008-08-02', '2009-09-16', 'Nakasone'],
    ['Katsuya Okada', '2009-09-16', '2010-09-17', 'Okada'],
    ['Seiji Maehara', '2010-09-17', '2011-03-07', 'Maehara'],
    ['Takeaki Matsumoto', '2011-03-09', '2011-09-02', 'Matsumoto'],
    ['Koichiro Gemba', '2011-09-02', '2012-12-26', 'Gemba|Kōichirō Genba|Koichiro Genba'],
    ['Fumio Kishida', '2012-12-26', '2017-08-03'],
    ['Taro Kono', '2017-08-03', '2019-09-11', 'Kono|Tarō Kōno|Taro Kohno'],
    ['Toshimitsu Motegi', '2019-09-11', '2021-11-04', 'Motegi'],
    ['Yoshimasa Hayashi', '2021-11-10', '2023-09-13', 'Hayashi'],
    ['Yoko Kamikawa', '2023-09-13', '2024-10-01', 'Kamikawa|Yōko Kamikawa'],
    ['Takeshi Iwaya', '2024-10-01', '2025-10-21', 'Iwaya'],
    ['Toshimitsu Motegi', '2025-10-21', null],
  ] as Row[]).map(jp),
});

export const KOR = polity('KOR', {
  hos: [
    ['Roh Tae-woo', '1988-02-25', '1993-02-24', 'Roh|No Tae-woo'],
    ['Kim Young-sam', '1993-02-25', '1998-02-24', 'Kim Yong-sam'],
    ['Kim Dae-jung', '1998-02-25', '2003-02-24', 'Kim Dae-chung'],
    ['Roh Moo-hyun', '2003-02-25', '2008-02-24', 'Roh|No Mu-hyeon'],
    ['Lee Myung-bak', '2008-02-25', '2013-02-24', 'Lee Myung-back'],
    ['Park Geun-hye', '2013-02-25', '2017-03-10', 'Pak Geun-hye|Park Geun-hae'],
    ['Moon Jae-in', '2017-05-10', '2022-05-09', 'Moon|Mun Jae-in'],
    ['Yoon Suk Yeol', '2022-05-10', '2025-04-04', 'Yoon|Yoon Suk-yeol|Yun Seok-yeol'],
    ['Lee Jae-myung', '2025-06-04', null, 'Lee Jae Myung|Yi Jae-myeong'],
  ],
  hog: [
    ['Kang Young-hoon', '1988-12-05', '1990-12-27'],
    ['Ro Jai-bong', '1990-12-27', '1991-05-24'],
    ['Chung Won-shik', '1991-07-08', '1992-10-08'],
    ['Hyun Soong-jong', '1992-10-08', '1993-02-25'],
    ['Hwang In-sung', '1993-02-25', '1993-12-16'],
    ['Lee Hoi-chang', '1993-12-17', '1994-04-21'],
    ['Lee Yung-dug', '1994-04-30', '1994-12-16'],
    ['Lee Hong-koo', '1994-12-17', '1995-12-17'],
    ['Lee Soo-sung', '1995-12-18', '1997-03-04'],
    ['Goh Kun', '1997-03-04', '1998-03-02', 'Koh Kun|Go Geon'],
    ['Kim Jong-pil', '1998-03-03', '2000-01-12'],
    ['Park Tae-joon', '2000-01-13', '2000-05-19'],
    ['Lee Han-dong', '2000-06-29', '2002-07-10'],
    ['Kim Suk-soo', '2002-10-04', '2003-02-26'],
    ['Goh Kun', '2003-02-27', '2004-05-24'],
    ['Lee Hae-chan', '2004-06-30', '2006-03-15'],
    ['Han Myeong-sook', '2006-04-20', '2007-03-07', 'Han Myung-sook'],
    ['Han Duck-soo', '2007-04-03', '2008-02-29', 'Han Deok-su'],
    ['Han Seung-soo', '2008-02-29', '2009-09-28'],
    ['Chung Un-chan', '2009-09-29', '2010-08-11'],
    ['Kim Hwang-sik', '2010-10-01', '2013-02-26'],
    ['Chung Hong-won', '2013-02-26', '2015-02-16'],
    ['Lee Wan-koo', '2015-02-17', '2015-04-27'],
    ['Hwang Kyo-ahn', '2015-06-18', '2017-05-11'],
    ['Lee Nak-yon', '2017-05-31', '2020-01-14', 'Lee Nak-yeon'],
    ['Chung Sye-kyun', '2020-01-14', '2021-05-14'],
    ['Kim Boo-kyum', '2021-05-14', '2022-05-11'],
    ['Han Duck-soo', '2022-05-21', '2025-05-01'],
    ['Kim Min-seok', '2025-07-03', null],
  ],
  fm: [
    ['Choi Ho-joong', '1988-12-05', '1990-12-27'],
    ['Lee Sang-ock', '1990-12-27', '1993-02-25'],
    ['Han Sung-joo', '1993-02-26', '1994-12-23'],
    ['Gong Ro-myung', '1994-12-24', '1996-11-07'],
    ['Yoo Chong-ha', '1996-11-07', '1998-03-03'],
    ['Park Chung-soo', '1998-03-03', '1998-08-04'],
    ['Hong Soon-young', '1998-08-04', '2000-01-13'],
    ['Lee Joung-binn', '2000-01-14', '2001-03-26'],
    ['Han Seung-soo', '2001-03-26', '2002-02-03'],
    ['Choi Sung-hong', '2002-02-04', '2003-02-27'],
    ['Yoon Young-kwan', '2003-02-27', '2004-01-15'],
    ['Ban Ki-moon', '2004-01-17', '2006-11-09'],
    ['Song Min-soon', '2006-12-01', '2008-02-29'],
    ['Yu Myung-hwan', '2008-02-29', '2010-09-04'],
    ['Kim Sung-hwan', '2010-10-08', '2013-03-11'],
    ['Yun Byung-se', '2013-03-11', '2017-06-18', 'Yun Byung-say'],
    ['Kang Kyung-wha', '2017-06-18', '2021-02-08'],
    ['Chung Eui-yong', '2021-02-09', '2022-05-11'],
    ['Park Jin', '2022-05-12', '2024-01-10'],
    ['Cho Tae-yul', '2024-01-11', '2025-07-18'],
    ['Cho Hyun', '2025-07-19', null],
  ],
});
