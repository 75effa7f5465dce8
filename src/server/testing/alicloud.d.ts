// Minimal types for the official Alibaba Cloud Node SDKs the tests drive (they ship none, or only partial ones).
declare module '@alicloud/mns' {
  interface MnsAnswer<T> { code: number; headers: Record<string, string>; body: T }
  class MNSClient {
    constructor(accountId: string, opts: { endpoint?: string; region?: string; accessKeyId: string; accessKeySecret: string })
    createQueue(name: string, params?: Record<string, unknown>): Promise<MnsAnswer<unknown>>
    deleteQueue(name: string): Promise<MnsAnswer<unknown>>
    listQueue(start?: string, limit?: number, prefix?: string): Promise<MnsAnswer<unknown>>
    getQueueAttributes(name: string): Promise<MnsAnswer<Record<string, string>>>
    sendMessage(queue: string, params: { MessageBody: string; Priority?: number; DelaySeconds?: number }): Promise<MnsAnswer<Record<string, string>>>
    batchSendMessage(queue: string, params: { MessageBody: string; Priority?: number; DelaySeconds?: number }[]): Promise<MnsAnswer<unknown>>
    receiveMessage(queue: string, waitSeconds?: number): Promise<MnsAnswer<Record<string, string>>>
    batchReceiveMessage(queue: string, n: number, waitSeconds?: number): Promise<MnsAnswer<Record<string, string>[] | Record<string, string>>>
    peekMessage(queue: string): Promise<MnsAnswer<Record<string, string>>>
    batchPeekMessage(queue: string, n: number): Promise<MnsAnswer<Record<string, string>[] | Record<string, string>>>
    deleteMessage(queue: string, handle: string): Promise<MnsAnswer<unknown>>
    batchDeleteMessage(queue: string, handles: string[]): Promise<MnsAnswer<unknown>>
    changeMessageVisibility(queue: string, handle: string, seconds: number): Promise<MnsAnswer<Record<string, string>>>
  }
  export = MNSClient
}

declare module '@alicloud/fnf-2019-03-15' {
  type Call = (params: Record<string, unknown>, options?: { timeout?: number; method?: string }) => Promise<Record<string, unknown>>
  class FnFClient {
    constructor(config: { endpoint: string; accessKeyId: string; accessKeySecret: string })
    createFlow: Call
    updateFlow: Call
    describeFlow: Call
    listFlows: Call
    deleteFlow: Call
    startExecution: Call
    stopExecution: Call
    describeExecution: Call
    listExecutions: Call
    getExecutionHistory: Call
    reportTaskSucceeded: Call
    reportTaskFailed: Call
  }
  export = FnFClient
}
