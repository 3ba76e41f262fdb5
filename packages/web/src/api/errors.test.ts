import { describe, expect, it } from "vitest";
import { ApiError } from "./client";
import type { FormInstance } from "antd";
import type { MessageInstance } from "antd/es/message/interface";
import { fieldNameOf, parseApiError, showApiError } from "./errors";

describe("parseApiError", () => {
  it("keeps the server's Chinese message and maps field paths to form fields", () => {
    const error = new ApiError(
      400,
      "VALIDATION_FAILED",
      "提交的数据不符合要求，请检查标出的字段。",
      [
        { path: "body.name", message: "请输入机构名称" },
        { path: "body.scope.itemCodes", message: "最多 200 项" },
        { path: "body.name", message: "最多 100 个字符" },
      ],
      "req-1",
    );
    const parsed = parseApiError(error);
    expect(parsed.message).toBe("提交的数据不符合要求，请检查标出的字段。");
    expect(parsed.fields).toEqual({
      name: ["请输入机构名称", "最多 100 个字符"],
      "scope.itemCodes": ["最多 200 项"],
    });
    expect(parsed.code).toBe("VALIDATION_FAILED");
  });

  it("adds the request id to server failures so users can report them", () => {
    const parsed = parseApiError(
      new ApiError(500, "INTERNAL", "服务器内部错误，请联系管理员并提供请求编号。", [], "abc"),
    );
    expect(parsed.message).toContain("abc");
  });

  it("words anything else as a Chinese client error", () => {
    expect(parseApiError(new TypeError("x is undefined")).message).toMatch(/^操作失败/);
  });

  it.each([
    ["body.name", "name"],
    ["query.page", "page"],
    ["body", ""],
    ["params.id", "id"],
  ])("%s → %s", (path, name) => expect(fieldNameOf(path)).toBe(name));
});

describe("showApiError", () => {
  /** A form with these mounted fields (as antd reports them), recording what is set and said. */
  function fakeForm(names: (string | number)[][]) {
    const set: { name: (string | number)[]; errors: string[] }[] = [];
    const said: string[] = [];
    const form = {
      getFieldsError: () => names.map((name) => ({ name, errors: [], warnings: [] })),
      // Custom inputs (fact inputs) take no ref: antd gives no instance for them.
      getFieldInstance: () => undefined,
      setFields: (fields: typeof set) => set.push(...fields),
    } as unknown as FormInstance;
    const message = { error: (text: string) => said.push(text) } as unknown as MessageInstance;
    return { form, message, set, said };
  }
  const failure = (fields: { path: string; message: string }[]) =>
    new ApiError(
      400,
      "VALIDATION_FAILED",
      "事实数据不符合评分规则的要求，请检查标出的字段。",
      fields,
      "r",
    );

  it("marks the fields of inputs without a ref (fact inputs) and a list's field at the list", () => {
    const { form, message, set, said } = fakeForm([
      ["decision"],
      ["answer"],
      ["facts", "count"],
      ["facts", "cases"],
    ]);
    showApiError(
      failure([
        { path: "body.facts.count", message: "必须是整数" },
        { path: "body.facts.cases.0.name", message: "请填写名称" },
        { path: "body.answer", message: "请填写答复" },
      ]),
      message,
      form,
    );
    expect(set).toEqual([
      { name: ["facts", "count"], errors: ["必须是整数"] },
      { name: ["facts", "cases"], errors: ["请填写名称"] },
      { name: ["answer"], errors: ["请填写答复"] },
    ]);
    expect(said).toEqual([]);
  });

  it("says in the message bar what no field of the form shows", () => {
    const { form, message, set, said } = fakeForm([["answer"]]);
    showApiError(
      failure([{ path: "body.facts", message: "申诉成立时请填写修正后的事实数据" }]),
      message,
      form,
    );
    expect(set).toEqual([]);
    expect(said).toEqual([
      "事实数据不符合评分规则的要求，请检查标出的字段。 申诉成立时请填写修正后的事实数据",
    ]);
  });

  it("says each sentence once (an upload refusal repeated its sentence, issue 14 defect 11)", () => {
    const { message, said } = fakeForm([]);
    const sentence = "不支持的文件类型：.exe。允许的类型：pdf、jpg、png。";
    showApiError(
      new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", sentence, [
        { path: "body.file", message: sentence },
      ]),
      message,
    );
    expect(said).toEqual([sentence]);
    showApiError(
      failure([
        { path: "body.file", message: "请选择文件" },
        { path: "body.other", message: "请选择文件" },
      ]),
      message,
    );
    expect(said[1]).toBe("事实数据不符合评分规则的要求，请检查标出的字段。 请选择文件");
  });
});
