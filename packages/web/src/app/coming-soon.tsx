/** Placeholder of a screen whose API is not available on this server yet. */
import { Result } from "antd";

/** A screen waiting for its API. */
export default function ComingSoon({ title }: { title: string }) {
  return (
    <Result
      status="info"
      title={title}
      subTitle="此功能的服务端接口尚未启用，请联系系统管理员升级系统。"
    />
  );
}
