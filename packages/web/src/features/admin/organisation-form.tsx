/** The modal form to create, edit or move an organisation; limits from the shared contract. */
import {
  limits,
  organisationTypeLabels,
  organisationTypes,
  type Organisation,
} from "@kaoping/server/contract";
import { App, Form, Input, Modal, Select, TreeSelect } from "antd";
import { useEffect, useState } from "react";
import { showApiError } from "../../api/errors";
import { adminApi } from "./admin-api";
import { organisationTree, organisationTreeSelect, subtreeIds } from "./organisation-tree";

/** What the form edits: a new child of `parentId`, or an existing organisation. */
export type OrganisationFormTarget =
  { mode: "create"; parentId: string | null } | { mode: "edit"; organisation: Organisation };

interface Values {
  code: string;
  name: string;
  type: Organisation["type"];
  parentId: string | null;
}

/** The organisation form. */
export function OrganisationForm({
  target,
  all,
  onClose,
  onSaved,
}: {
  target: OrganisationFormTarget | undefined;
  all: Organisation[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  useEffect(() => {
    if (target === undefined) return;
    form.resetFields();
    if (target.mode === "edit") form.setFieldsValue({ ...target.organisation });
    else form.setFieldsValue({ parentId: target.parentId, type: "township" });
  }, [target, form]);
  const exclude =
    target?.mode === "edit" ? subtreeIds(all, target.organisation.id) : new Set<string>();
  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values === undefined || target === undefined) return;
    setSaving(true);
    try {
      if (target.mode === "create")
        await adminApi.createOrganisation({ ...values, parentId: values.parentId ?? null });
      else
        await adminApi.updateOrganisation(target.organisation.id, {
          ...values,
          parentId: values.parentId ?? null,
          version: target.organisation.version,
        });
      void message.success(target.mode === "create" ? "机构已创建" : "机构已保存");
      onSaved();
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={target !== undefined}
      title={target?.mode === "edit" ? "编辑机构" : "新建机构"}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={saving}
      okText="保存"
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item
          label="机构名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: "请输入机构名称" }]}
        >
          <Input maxLength={limits.organisationName.max} showCount />
        </Form.Item>
        <Form.Item
          label="机构编码"
          name="code"
          rules={[
            { required: true, whitespace: true, message: "请输入机构编码" },
            { pattern: /^[A-Za-z0-9_-]+$/, message: "机构编码只能包含字母、数字、下划线和连字符" },
          ]}
        >
          <Input maxLength={limits.organisationCode.max} />
        </Form.Item>
        <Form.Item label="类型" name="type" rules={[{ required: true, message: "请选择类型" }]}>
          <Select
            options={organisationTypes.map((t) => ({ value: t, label: organisationTypeLabels[t] }))}
          />
        </Form.Item>
        <Form.Item
          label="上级机构"
          name="parentId"
          extra="修改上级机构即移动该机构及其全部下级。留空为顶级机构。"
        >
          <TreeSelect
            allowClear
            treeDefaultExpandAll
            showSearch
            treeNodeFilterProp="title"
            treeData={organisationTreeSelect(organisationTree(all), exclude)}
            placeholder="（顶级机构）"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
