/**
 * Sample inputs for the document tests, the picture check and the benchmark: the seed's own
 * self-evaluation (六安经济技术开发区, medical-aid-2021, total 99) with its narratives verbatim from
 * shared/seeds/004_d3194466b930f23e.txt, and a township of the county-round fixture.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  getTemplate,
  scoreRound,
  type RoundResult,
  type Scheme,
  type UnitFacts,
} from "@kaoping/engine";

const fixtures = fileURLToPath(new URL("../../../../../shared/fixtures/", import.meta.url));

/** The `input` of a shared fixture file. */
export function fixtureInput(path: string): { scheme: string; units: UnitFacts[] } {
  const doc = JSON.parse(readFileSync(`${fixtures}${path}`, "utf8")) as {
    input: { scheme: string; units: UnitFacts[] };
  };
  return doc.input;
}

/** A scheme by template id (throws for an unknown id: a test bug). */
export function template(id: string): Scheme {
  const scheme = getTemplate(id);
  if (scheme === undefined) throw new Error(`unknown template ${id}`);
  return scheme;
}

/** Scores a round; throws on invalid facts (a test bug). */
export function scored(scheme: Scheme, units: readonly UnitFacts[]): RoundResult {
  const out = scoreRound(scheme, units);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.result;
}

/** The seed's self-evaluation scored: scheme, units and the round result. */
export function liuanRound(): { scheme: Scheme; units: UnitFacts[]; result: RoundResult } {
  const input = fixtureInput("medical-aid-2021/liuan-self-evaluation-2021.json");
  const scheme = template(input.scheme);
  return { scheme, units: input.units, result: scored(scheme, input.units) };
}

/** The county-round fixture scored (township-2022). */
export function countyRound(): { scheme: Scheme; units: UnitFacts[]; result: RoundResult } {
  const input = fixtureInput("township-2022/county-round.json");
  const scheme = template(input.scheme);
  return { scheme, units: input.units, result: scored(scheme, input.units) };
}

/** The seed's opening paragraph, verbatim. */
export const liuanOpening =
  "根据《关于印发六安市2021年度医疗保障三项民生工程评价办法的通知》要求，现将开发区城乡医疗救助自评如下：";

/** The seed's narratives per group, verbatim. */
export const liuanNarratives: Record<string, string> = {
  "1": "按市民生办要求，结合开发区工作实际，按照《关于执行全市统筹“一站式”医疗救助政策标准的通知》，通过对接金安区医保局，落实医疗救助“一站式”即时结算救助服务，扎实贯彻低保、特困人员就医特惠政策。\n\n对特困人员参保个人缴费部分全额补贴，对低保对象参保个人缴费部分定额补贴。全年为5720名城乡低保、特困、优抚以及贫困户、计生户资助参保；按照《关于进一步规范完善城乡医疗救助工作的通知》，落实“二次救助”；持续开展低收入医疗救助对象和因病致贫家庭重病患者救助工作，全年直接医疗救助292人次，救助金额104.18万元。",
  "2": "及时通过省级平台准确上报统计报表；非“一站式”发放的医疗救助及时补统计录入省级平台。按规定程序对低收入困难群众开展医疗救助。按人建档，资料齐全，台账准确，做到“一人一档”规范管理。",
  "3": "结合实际科学进行预算编制，充分保障医疗救助专项资金，建立资金收支台账，做到专款专用；及时发放资金，实行社会化发放。",
  "4": "督促指导落实医疗救助工作，确保救助对象精准，救助及时，实现“应助尽助，应救尽救”。对群众投诉、举报的问题及时调查处理，全年无违法违纪案件。长期公布举报电话，及时处理信访件，但部分村社区未设立举报箱。下一步将加强监督检查力度，做好业务培训工作。",
};
