// Drives real GraphQL clients against a running service for Grains.Tests/Api/Live: graphql-ws (the client front ends
// use) over WebSocket, a raw ws socket for protocol edge cases, and graphql-sse over server-sent events.
// Usage: node live-client.mjs <base-url>. Commands arrive as JSON lines on stdin; everything the clients see goes out as
// JSON lines on stdout, each tagged with the command's key:
//   {"cmd":"ws-subscribe","key":"a","query":"...","variables":{...}}   graphql-ws client (one per "client" name, default "main")
//   {"cmd":"ws-unsubscribe","key":"a"}
//   {"cmd":"raw-open","key":"r","protocol":"graphql-transport-ws"}     a bare socket
//   {"cmd":"raw-send","key":"r","data":"..."}   {"cmd":"raw-pause","key":"r"}   {"cmd":"raw-resume","key":"r"}
//   {"cmd":"sse-subscribe","key":"s","query":"...","variables":{...}}  graphql-sse client, distinct connections mode
//   {"cmd":"exit"}
// Output: {"key","type":"next"|"error"|"complete"|"closed"|"message"|"open","payload"|"code"|"reason"|"data"}.
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';

const base = new URL(process.argv[2]);
const wsUrl = new URL('/graphql', base);
wsUrl.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
const httpUrl = new URL('/graphql', base).toString();

const out = (message) => process.stdout.write(JSON.stringify(message) + '\n');
const wsClients = new Map();
const unsubscribers = new Map();
const raws = new Map();

function wsClient(name) {
  if (!wsClients.has(name)) {
    const client = createWsClient({ url: wsUrl.toString(), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    client.on('closed', (event) => out({ key: name, type: 'closed', code: event.code, reason: event.reason }));
    client.on('connected', () => out({ key: name, type: 'connected' }));
    wsClients.set(name, client);
  }
  return wsClients.get(name);
}

const sink = (key) => ({
  next: (payload) => out({ key, type: 'next', payload }),
  error: (error) => out({ key, type: 'error', payload: Array.isArray(error) ? error : { message: String(error?.message ?? error), code: error?.code, reason: error?.reason } }),
  complete: () => out({ key, type: 'complete' }),
});

let sseClient;

function handle(command) {
  const { cmd, key } = command;
  switch (cmd) {
    case 'ws-subscribe':
      unsubscribers.set(key, wsClient(command.client ?? 'main').subscribe({ query: command.query, variables: command.variables }, sink(key)));
      break;
    case 'ws-unsubscribe':
      unsubscribers.get(key)?.();
      break;
    case 'raw-open': {
      const socket = new WebSocket(wsUrl, command.protocol === undefined ? ['graphql-transport-ws'] : command.protocol ? [command.protocol] : []);
      socket.on('open', () => out({ key, type: 'open', protocol: socket.protocol }));
      socket.on('message', (data) => out({ key, type: 'message', data: JSON.parse(data.toString()) }));
      socket.on('close', (code, reason) => out({ key, type: 'closed', code, reason: reason.toString() }));
      socket.on('error', (error) => out({ key, type: 'socket-error', message: String(error.message) }));
      raws.set(key, socket);
      break;
    }
    case 'raw-send':
      raws.get(key).send(command.data);
      break;
    case 'raw-pause':
      raws.get(key)._socket.pause();
      out({ key, type: 'paused' });
      break;
    case 'raw-resume':
      raws.get(key)._socket.resume();
      break;
    case 'sse-subscribe':
      sseClient ??= createSseClient({ url: httpUrl, singleConnection: false, retryAttempts: 0 });
      unsubscribers.set(key, sseClient.subscribe({ query: command.query, variables: command.variables }, sink(key)));
      break;
    case 'exit':
      for (const client of wsClients.values()) client.dispose();
      for (const socket of raws.values()) socket.terminate();
      sseClient?.dispose();
      setTimeout(() => process.exit(0), 100);
      break;
    default:
      out({ key, type: 'bad-command', cmd });
  }
  out({ key, type: 'ack', cmd });
}

createInterface({ input: process.stdin }).on('line', (line) => {
  if (!line.trim()) return;
  try {
    handle(JSON.parse(line));
  } catch (error) {
    out({ type: 'driver-error', message: String(error?.stack ?? error) });
  }
});
process.stdin.on('end', () => process.exit(0));
