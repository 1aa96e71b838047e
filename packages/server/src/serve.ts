// Serves an app on a real socket (tests use port 0 for an ephemeral port).
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

export interface Running {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listen(app: Hono<any>, port: number, hostname = '127.0.0.1'): Promise<Running> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((res) => {
          server.close(() => res());
          // Keep-alive sockets would hold close() open.
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
  });
}
