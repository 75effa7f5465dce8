#!/usr/bin/env node
// A stand-in for the aliyun CLI in deploy.sh tests: answers the calls deploy.sh makes from a JSON state file
// (FAKE_ALIYUN_STATE) the way the services answer them, and appends every call that changes something to
// FAKE_ALIYUN_STATE + '.changes'. It checks the script's own logic (look first, change only what differs);
// it says nothing about the real services.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'

const path = process.env.FAKE_ALIYUN_STATE
const state = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { queues: {}, policies: {}, roles: {}, flows: {}, userPolicies: {} }
const [product, api, ...rest] = process.argv.slice(2)
const args = {}
for (let i = 0; i < rest.length; i += 2) args[rest[i].replace(/^--/, '')] = rest[i + 1]
const out = (value) => process.stdout.write(JSON.stringify(value) + '\n')
const fail = (code) => {
  process.stderr.write(`ERROR: SDK.ServerError\nCode: ${code}\n`)
  process.exit(1)
}
const change = () => {
  appendFileSync(path + '.changes', `${product} ${api} ${JSON.stringify(args)}\n`)
  writeFileSync(path, JSON.stringify(state))
}

const calls = {
  'mns-open GetQueueAttributes': () => (state.queues[args.QueueName] ? out({ Data: state.queues[args.QueueName] }) : fail('QueueNotExist')),
  'mns-open CreateQueue': () => ((state.queues[args.QueueName] = { QueueName: args.QueueName, VisibilityTimeout: Number(args.VisibilityTimeout) }), change(), out({})),
  'ram GetPolicy': () => (state.policies[args.PolicyName] ? out({ Policy: { PolicyName: args.PolicyName }, DefaultPolicyVersion: { PolicyDocument: state.policies[args.PolicyName] } }) : fail('EntityNotExist.Policy')),
  'ram CreatePolicy': () => ((state.policies[args.PolicyName] = args.PolicyDocument), change(), out({})),
  'ram CreatePolicyVersion': () => ((state.policies[args.PolicyName] = args.PolicyDocument), change(), out({})),
  'ram GetRole': () => (state.roles[args.RoleName] ? out({ Role: { RoleName: args.RoleName, Arn: `acs:ram::1234:role/${args.RoleName}`, AssumeRolePolicyDocument: state.roles[args.RoleName].trust } }) : fail('EntityNotExist.Role')),
  'ram CreateRole': () => ((state.roles[args.RoleName] = { trust: args.AssumeRolePolicyDocument, policies: [] }), change(), out({})),
  'ram UpdateRole': () => ((state.roles[args.RoleName].trust = args.NewAssumeRolePolicyDocument), change(), out({})),
  'ram ListPoliciesForRole': () => out({ Policies: { Policy: state.roles[args.RoleName].policies.map((n) => ({ PolicyName: n, PolicyType: 'Custom' })) } }),
  'ram AttachPolicyToRole': () => (state.roles[args.RoleName].policies.push(args.PolicyName), change(), out({})),
  'ram ListPoliciesForUser': () => out({ Policies: { Policy: (state.userPolicies[args.UserName] ?? []).map((n) => ({ PolicyName: n, PolicyType: 'Custom' })) } }),
  'ram AttachPolicyToUser': () => ((state.userPolicies[args.UserName] ??= []).push(args.PolicyName), change(), out({})),
  'fnf DescribeFlow': () => (state.flows[args.Name] ? out(state.flows[args.Name]) : fail('FlowNotExists')),
  'fnf CreateFlow': () => ((state.flows[args.Name] = { Name: args.Name, Definition: args.Definition, RoleArn: args.RoleArn, Type: args.Type }), change(), out({})),
  'fnf UpdateFlow': () => (Object.assign(state.flows[args.Name], { Definition: args.Definition, RoleArn: args.RoleArn }), change(), out({})),
}
const call = calls[`${product} ${api}`]
if (!call) {
  process.stderr.write(`fake aliyun: no such call ${product} ${api}\n`)
  process.exit(3)
}
call()
