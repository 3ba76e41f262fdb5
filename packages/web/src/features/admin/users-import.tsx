/**
 * 批量导入用户 (system administrator): the template to download, the filled file to upload — all
 * accounts or none; a refused file lists every bad cell — and, once, the one-time passwords of the
 * accounts created, to copy or save as a text file (never kept by the browser or the server).
 * Roles are granted afterwards by the security administrator, as for one account.
 */
import type { User } from "@kaoping/server/contract";
import { Alert, Button, Modal, Table, Typography } from "antd";
import { useState } from "react";
import { uploadFiles } from "../../api/upload";
import { saveBlob } from "../documents/download";
import { TemplateImport } from "../documents/facts-import";

/** One created account with its one-time password. */
interface Created {
  user: User;
  initialPassword: string;
}

/**
 * The password list as a tab-separated text file (not CSV: a password may begin with = + @, which
 * a spreadsheet would take for a formula).
 */
export function passwordListText(
  created: readonly Created[],
  organisationName: (id: string) => string,
): string {
  const lines = [
    ["用户名", "姓名", "所属单位", "一次性密码"],
    ...created.map((c) => [
      c.user.username,
      c.user.displayName,
      organisationName(c.user.organisationId),
      c.initialPassword,
    ]),
  ];
  return `${lines.map((l) => l.join("\t")).join("\r\n")}\r\n`;
}

/** The import buttons and, after an import, the passwords shown once. */
export function UsersImport({
  organisationName,
  onImported,
}: {
  organisationName: (id: string) => string;
  onImported: () => void;
}) {
  const [created, setCreated] = useState<Created[]>();
  return (
    <>
      <TemplateImport
        templatePath="/api/users/import-template"
        templateLabel="下载批量导入模板(Excel)"
        templateFallbackName="批量导入用户模板.xlsx"
        importLabel="批量导入用户"
        canImport
        testId="users-import"
        onImported={onImported}
        upload={async (file, onProgress) => {
          const result = await uploadFiles<{ users: Created[] }>(
            "/api/users/import",
            [file],
            onProgress,
          );
          setCreated(result.users);
          return `已新建 ${result.users.length} 个用户`;
        }}
      />
      <Modal
        open={created !== undefined}
        title={`已新建 ${created?.length ?? 0} 个用户的一次性密码`}
        width={760}
        closable={false}
        maskClosable={false}
        footer={[
          <Button
            key="save"
            onClick={() =>
              saveBlob(
                new Blob([`\ufeff${passwordListText(created ?? [], organisationName)}`], {
                  type: "text/plain;charset=utf-8",
                }),
                "一次性密码清单.txt",
              )
            }
          >
            下载密码清单
          </Button>,
          <Button key="ok" type="primary" onClick={() => setCreated(undefined)}>
            我已记下
          </Button>,
        ]}
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="以下密码只显示这一次，关闭后无法再查看；请分别交给本人，首次登录后必须修改。角色请由安全管理员授予。"
        />
        <Table<Created>
          rowKey={(c) => c.user.id}
          size="small"
          bordered
          pagination={false}
          scroll={{ y: 400 }}
          dataSource={created ?? []}
          data-testid="imported-passwords"
          columns={[
            { title: "用户名", render: (_, c) => c.user.username },
            { title: "姓名", render: (_, c) => c.user.displayName },
            { title: "所属单位", render: (_, c) => organisationName(c.user.organisationId) },
            {
              title: "一次性密码",
              render: (_, c) => (
                <Typography.Text copyable code>
                  {c.initialPassword}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Modal>
    </>
  );
}
