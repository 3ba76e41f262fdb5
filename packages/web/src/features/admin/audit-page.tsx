/** 审计日志 (audit administrator): search, inspect a record's details (readable Chinese; raw JSON on request), export CSV/JSON, verify the hash chain. */
import { DownloadOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import {
  auditActionName,
  auditActionNames,
  auditObjectName,
  auditObjectNames,
  auditOutcomeNames,
  auditOutcomes,
  type AuditRecord,
  limits,
  type Role,
  roleLabels,
} from "@kaoping/server/contract";
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { LoadFailed } from "../../app/load-failed";
import { formatDateTime } from "../../lib/dates";
import { adminApi } from "./admin-api";
import { AuditRecordDetail } from "./audit-record-detail";

const outcomeColors: Record<(typeof auditOutcomes)[number], string> = {
  success: "green",
  failure: "orange",
  denied: "red",
};

interface FilterValues {
  action?: string;
  actorUsername?: string;
  objectType?: string;
  objectId?: string;
  outcome?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toQuery(values: FilterValues): Record<string, string | undefined> {
  const { range, ...rest } = values;
  return {
    ...rest,
    from: range?.[0]?.startOf("day").toISOString(),
    to: range?.[1]?.endOf("day").toISOString(),
  };
}

/** The audit page. */
export default function AuditPage() {
  const [filters, setFilters] = useState<Record<string, string | undefined>>({});
  const [page, setPage] = useState<{ page: number; pageSize: number }>({
    page: 1,
    pageSize: limits.pageSize.default,
  });
  const records = useQuery(
    (signal) => adminApi.searchAudit({ ...filters, ...page, sort: "-seq" }, signal),
    [filters, page],
  );
  const [verify, setVerify] = useState<Awaited<ReturnType<typeof adminApi.verifyAudit>>>();
  const [verifying, setVerifying] = useState(false);
  const { message } = App.useApp();
  const runVerify = async () => {
    setVerifying(true);
    try {
      setVerify(await adminApi.verifyAudit());
    } catch (error) {
      showApiError(error, message);
    } finally {
      setVerifying(false);
    }
  };
  const text = { maxLength: limits.auditTextFilter.max, allowClear: true };
  return (
    <Card
      title="审计日志"
      extra={
        <Space>
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verifying}
            onClick={() => void runVerify()}
          >
            校验哈希链
          </Button>
          <Button
            icon={<DownloadOutlined />}
            href={adminApi.auditExportUrl({ ...filters, format: "csv" })}
          >
            导出 CSV
          </Button>
          <Button
            icon={<DownloadOutlined />}
            href={adminApi.auditExportUrl({ ...filters, format: "json" })}
          >
            导出 JSON
          </Button>
        </Space>
      }
    >
      {verify !== undefined && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={verify.ok ? "success" : "error"}
          title={
            verify.ok
              ? `哈希链完整：已校验 ${verify.checked} 条记录。`
              : `哈希链在第 ${verify.firstBadSeq ?? "?"} 条记录处断开：${verify.reason ?? ""}`
          }
          data-testid="audit-verify"
        />
      )}
      <Form<FilterValues>
        layout="inline"
        onFinish={(values) => (setFilters(toQuery(values)), setPage({ ...page, page: 1 }))}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="action" label="操作">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部操作"
            style={{ width: 180 }}
            options={Object.entries(auditActionNames).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="actorUsername" label="用户">
          <Input {...text} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="objectType" label="对象类型">
          <Select
            allowClear
            placeholder="全部对象"
            style={{ width: 130 }}
            options={Object.entries(auditObjectNames).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="outcome" label="结果">
          <Select
            allowClear
            style={{ width: 100 }}
            options={auditOutcomes.map((o) => ({ value: o, label: auditOutcomeNames[o] }))}
          />
        </Form.Item>
        <Form.Item name="range" label="时间">
          <DatePicker.RangePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Form>
      {records.error !== undefined && <LoadFailed error={records.error} onRetry={records.reload} />}
      <Table<AuditRecord>
        rowKey="seq"
        size="small"
        loading={records.isLoading}
        dataSource={records.data?.items ?? []}
        expandable={{
          expandedRowRender: (r) => <AuditRecordDetail record={r} />,
        }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: records.data?.total ?? 0,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (p, size) => setPage({ page: p, pageSize: size }),
        }}
        columns={[
          { title: "序号", dataIndex: "seq", width: 80 },
          { title: "时间", dataIndex: "occurredAt", width: 150, render: formatDateTime },
          {
            title: "用户",
            dataIndex: "actorUsername",
            render: (v: string | null) => <span translate="no">{v ?? "—"}</span>,
          },
          {
            title: "角色",
            dataIndex: "actorRole",
            render: (v: string | null) => (v === null ? "—" : (roleLabels[v as Role] ?? v)),
          },
          {
            title: "操作",
            dataIndex: "action",
            render: (code: string) => auditActionName(code),
          },
          {
            title: "对象",
            key: "object",
            render: (_: unknown, r: AuditRecord) =>
              r.objectType === null ? "—" : auditObjectName(r.objectType),
          },
          {
            title: "结果",
            dataIndex: "outcome",
            width: 70,
            render: (o: AuditRecord["outcome"]) => (
              <Tag color={outcomeColors[o]}>{auditOutcomeNames[o]}</Tag>
            ),
          },
          {
            title: "IP",
            dataIndex: "ip",
            width: 120,
            render: (v: string | null) => <span translate="no">{v ?? "—"}</span>,
          },
        ]}
      />
    </Card>
  );
}
