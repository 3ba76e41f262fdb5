/**
 * Chinese password habits the leaked-password lists under-represent (issue 15, finding 8): a
 * name in pinyin with a year or birthday (`Zhangwei1990!`), a mobile number, and common pinyin
 * words (`woaini`). Source of the lists: the 100 most common surnames (《百家姓》 as ranked by the
 * 2020 census bulletin of the Ministry of Public Security) and the most frequent given-name
 * syllables, written in Hanyu Pinyin without tones; the words are the pinyin phrases that top
 * published analyses of Chinese password leaks (woaini, 5201314 …).
 */

/** Surnames in pinyin (the most common hundred, duplicates removed). */
const surnames =
  "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng " +
  "liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye " +
  "cheng wei su lu ding ren shen yao jin fu shi tan liao zou xiong meng qin qiu hou bai jia " +
  "yan xue lei duan hao kong shao long wan gu lai wen qian qi chang mo kang niu yin fan " +
  "ou ge ruan xing an mao hong tao zhong";

/** Frequent given-name syllables in pinyin. */
const givenSyllables =
  "wei fang na min jing qiang lei jun yong yan jie juan tao ming chao xiu xia ping gang hua " +
  "hui hong ling ying yu bo bin hao jian feng long peng xin yi kai jia qing dan lin ting xue " +
  "mei lan zhen zhi rong li na hai bing guang dong xiang fei shan shu qi yun lu yue ning tian " +
  "rui xuan zi han chen hao yu xuan zhe wen hui ru si meng yao jiao liang kun cheng";

/** Pinyin words and phrases common in Chinese passwords (also given to the dictionary check). */
export const pinyinWords = [
  "woaini",
  "aini",
  "woaiwojia",
  "nihao",
  "baobei",
  "laopo",
  "laogong",
  "qinai",
  "mima",
  "yibao",
  "yiliao",
  "baozhang",
  "zhongguo",
  "beijing",
  "shanghai",
  "huzhou",
  "kaoping",
  "kaohe",
  "pingjia",
];

const syllables = new Set(`${surnames} ${givenSyllables}`.split(/\s+/));

/** The pinyin name syllables, for the dictionary check too. */
export const nameSyllables = [...syllables];

/** Whether `letters` (lower case) is a name: a surname and one or two given-name syllables. */
function isPinyinName(letters: string): boolean {
  const splits = (rest: string, parts: number): boolean => {
    if (rest === "") return parts >= 2;
    if (parts >= 3) return false;
    for (let n = 1; n <= 6 && n <= rest.length; n++)
      if (syllables.has(rest.slice(0, n)) && splits(rest.slice(n), parts + 1)) return true;
    return false;
  };
  return letters.length >= 3 && splits(letters, 0);
}

/** A year 1940–2049, or a month and day (0815), or both. */
const DATE_LIKE =
  /^(?:(?:19[4-9]\d|20[0-4]\d)(?:0[1-9]|1[0-2])?(?:[0-2]\d|3[01])?|(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]))$/;

/** A mainland mobile number anywhere in the password. */
const MOBILE = /(?:^|\D)1[3-9]\d{9}(?!\d)/;

/** The Chinese habits a password shows, as Chinese problems (none: acceptable). */
export function chineseHabitsOf(password: string): string[] {
  const problems: string[] = [];
  const letters = password.replace(/[^A-Za-z]/g, "").toLowerCase();
  const digits = password.replace(/\D/g, "");
  if (isPinyinName(letters) && DATE_LIKE.test(digits))
    problems.push("密码不能是姓名拼音加年份或日期");
  if (MOBILE.test(password)) problems.push("密码不能包含手机号");
  return problems;
}
