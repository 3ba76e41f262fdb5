import { readSaid } from "./test/office/heldout/measure.js";
import { blindDecemberSixth } from "./test/office/heldout/blind-2026-12j.js";
for (const id of process.argv.slice(2)) {
  const h = blindDecemberSixth.find((x) => x.id === id)!;
  const { item, said } = await readSaid(h);
  console.log(id, JSON.stringify(item?.rule), JSON.stringify(item?.facts), said?.level, said?.confidence, said?.warnings);
}
