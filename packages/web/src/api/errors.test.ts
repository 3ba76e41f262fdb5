import { describe, expect, it } from "vitest";
import { ApiError } from "./client";
import { fieldNameOf, parseApiError } from "./errors";

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
