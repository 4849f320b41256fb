/**
 * A fake Discord on 127.0.0.1 for end-to-end tests with the real discord.js client: an HTTP REST API
 * and a WebSocket gateway (`ws`) on one port. It records every REST request (method, path, JSON
 * body) so tests can assert the exact bodies the bot sends, and it lets tests dispatch gateway events
 * (INTERACTION_CREATE, MESSAGE_CREATE, …) built from realistic payloads.
 *
 * Point a client at it with `rest: { api: fake.apiUrl }` (or `DISCORD_API_URL=fake.apiUrl`); the
 * gateway URL comes from `GET /gateway/bot`. See ../../../shared/notes/fake-discord.md for what
 * discord.js needs from it. It binds 127.0.0.1 only and never contacts anything.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** Discord's epoch, for realistic 18–19 digit snowflakes (rate-limit buckets recognise ids by length). */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A new unique snowflake id. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  /** 0 text, 2 voice, 5 announcement. */
  type: number;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: FakeChannel[];
}

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, decoded (`@original`, not `%40original`), without the query string. */
  path: string;
  query: string;
  /** Parsed JSON (the `payload_json` part of a multipart body); `undefined` when empty. */
  body: unknown;
  headers: IncomingHttpHeaders;
}

export interface FakeDiscordOptions {
  bot?: FakeUser;
  applicationId?: string;
  guilds?: FakeGuild[];
  /** When false, an IDENTIFY asking for Message Content is closed with 4014, as Discord does. */
  grantMessageContent?: boolean;
  heartbeatIntervalMs?: number;
  /** When set, REST calls authorised with another bot token get 401, as Discord does. */
  acceptToken?: string;
  /**
   * When set, an interaction callback arriving later than this after its INTERACTION_CREATE was
   * dispatched gets 404 Unknown interaction (10062), as Discord answers after its 3 s deadline.
   */
  interactionDeadlineMs?: number;
}

/** Permission bits used in tests. */
export const PERMISSIONS = {
  none: '0',
  manageGuild: (1n << 5n).toString(),
  /** What a bot typically has in a channel: view, send, embed links, read history. */
  bot: ((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n)).toString(),
} as const;

const MESSAGE_CONTENT_INTENT = 1 << 15;

interface Session {
  id: string;
  socket: WebSocket | undefined;
  /** Dispatches sent on this session, for RESUME replay. */
  sent: { s: number; t: string; d: unknown }[];
  seq: number;
}

interface Waiter {
  match: (r: RecordedRequest) => boolean;
  resolve: (r: RecordedRequest) => void;
}

export interface SlashOptions {
  user?: FakeUser;
  guildId?: string;
  channelId?: string;
  /** The invoking member's permissions (bit string); Manage Server by default. */
  permissions?: string;
  /** For command options that reference channels/users: `data.resolved`. */
  resolved?: Record<string, unknown>;
}

export interface MessageOptions {
  content: string;
  author?: FakeUser;
  channelId?: string;
  guildId?: string;
  /** Users mentioned (the payload's `mentions`, which discord.js reads, not the `<@id>` text). */
  mentions?: FakeUser[];
  /** A message this one replies to (a message object the fake returned earlier). */
  replyTo?: Record<string, unknown>;
  mentionEveryone?: boolean;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** IDENTIFY payloads received, in order. */
  readonly identifies: Record<string, unknown>[] = [];
  readonly bot: FakeUser;
  readonly applicationId: string;
  readonly guilds: FakeGuild[];
  /** Messages the bot created (channel messages, follow-ups, edited originals), by id. */
  readonly messages = new Map<string, Record<string, unknown>>();
  apiUrl = '';
  gatewayUrl = '';
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  private readonly waiters: Waiter[] = [];
  private readonly options: Required<
    Pick<FakeDiscordOptions, 'grantMessageContent' | 'heartbeatIntervalMs'>
  > &
    Pick<FakeDiscordOptions, 'acceptToken' | 'interactionDeadlineMs'>;
  /** A user who asks questions in tests. */
  readonly user: FakeUser = { id: snowflake(), username: 'reader' };
  /** Channels removed with {@link deleteChannel}: REST calls on them get 404 Unknown Channel. */
  readonly deletedChannels = new Set<string>();
  /** Channels where posting gets 403 Missing Permissions (see {@link refusePosting}). */
  readonly refusedChannels = new Set<string>();
  /** RESUME payloads received, in order. */
  readonly resumes: Record<string, unknown>[] = [];
  /** When each INTERACTION_CREATE was dispatched (ms), by interaction id. */
  readonly interactionDispatchedAt = new Map<string, number>();
  /** When each recorded request arrived (ms). */
  readonly receivedAt = new Map<RecordedRequest, number>();

  private constructor(options: FakeDiscordOptions) {
    this.bot = options.bot ?? { id: snowflake(), username: 'factdesk', bot: true };
    this.applicationId = options.applicationId ?? this.bot.id;
    this.guilds = options.guilds ?? [
      {
        id: snowflake(),
        name: 'Newsroom',
        channels: [
          { id: snowflake(), name: 'general', type: 0 },
          { id: snowflake(), name: 'news-questions', type: 0 },
          { id: snowflake(), name: 'voice', type: 2 },
        ],
      },
    ];
    this.options = {
      grantMessageContent: options.grantMessageContent ?? true,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
      acceptToken: options.acceptToken,
      interactionDeadlineMs: options.interactionDeadlineMs,
    };
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.onSocket(socket));
  }

  /** Starts a fake on an ephemeral port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    const { port } = fake.server.address() as AddressInfo;
    fake.apiUrl = `http://127.0.0.1:${port}/api`;
    fake.gatewayUrl = `ws://127.0.0.1:${port}`;
    return fake;
  }

  get guild(): FakeGuild {
    return this.guilds[0] as FakeGuild;
  }

  /** The first text channel of the first guild. */
  get channel(): FakeChannel {
    return this.guild.channels.find((c) => c.type === 0) as FakeChannel;
  }

  async close(): Promise<void> {
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- REST -------------------------------------------------------------------------------------

  /** How many requests have been recorded so far: pass it as `since` to wait only for newer ones. */
  mark(): number {
    return this.requests.length;
  }

  /**
   * Resolves with the first recorded request (from `since` on) that matches, waiting for it if
   * needed; rejects after `timeoutMs` with the requests seen, to make a failure readable.
   */
  waitForRequest(
    match: (r: RecordedRequest) => boolean,
    { since = 0, timeoutMs = 5000 }: { since?: number; timeoutMs?: number } = {},
  ): Promise<RecordedRequest> {
    const found = this.requests.slice(since).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        const seen = this.requests.slice(since).map((r) => `${r.method} ${r.path}`);
        reject(new Error(`no matching request within ${timeoutMs} ms; saw: ${seen.join(', ') || 'nothing'}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Waits for `count` requests whose path contains `token` (the calls answering one interaction). */
  async interactionCalls(token: string, count: number, timeoutMs = 5000): Promise<RecordedRequest[]> {
    const calls: RecordedRequest[] = [];
    let since = 0;
    while (calls.length < count) {
      const call = await this.waitForRequest((r) => r.path.includes(token), { since, timeoutMs });
      calls.push(call);
      since = this.requests.indexOf(call) + 1;
    }
    return calls;
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(request)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(request);
      }
    }
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    const method = req.method ?? 'GET';
    const request: RecordedRequest = {
      method,
      path,
      query: url.search,
      body: parseBody(raw, req.headers['content-type']),
      headers: req.headers,
    };
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    this.record(request);
    this.receivedAt.set(request, Date.now());
    const fault = this.takeFault(request);
    if (!fault) return this.handle(request, reply);
    if (fault.hang) return; // nothing accepted, never answered
    const respond = (status: number, body?: unknown) => {
      if (fault.delayMs === undefined) return reply(status, body, fault.headers);
      const timer = setTimeout(() => {
        this.delayed.delete(timer);
        reply(status, body, fault.headers);
      }, fault.delayMs);
      this.delayed.add(timer);
    };
    // No status: accepted now, its own answer sent `delayMs` later.
    if (fault.status === undefined) return this.handle(request, respond);
    // Discord accepted the request, then the answer was lost (a 502 from its edge).
    if (fault.afterAccepting) this.handle(request, () => undefined);
    respond(fault.status, fault.body);
  }

  /** Handles a request as Discord would, past the interaction deadline too. */
  private handle(r: RecordedRequest, reply: (status: number, body?: unknown) => void): void {
    if (this.pastDeadline(r)) return reply(404, { message: 'Unknown interaction', code: 10062 });
    this.route(r, reply);
  }

  /** Whether `r` is an interaction callback arriving after the deadline set in the options. */
  private pastDeadline(r: RecordedRequest): boolean {
    const deadline = this.options.interactionDeadlineMs;
    const m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path);
    if (deadline === undefined || r.method !== 'POST' || !m) return false;
    const at = this.interactionDispatchedAt.get(m[1] ?? '');
    return at !== undefined && Date.now() - at > deadline;
  }

  private route(r: RecordedRequest, reply: (status: number, body?: unknown) => void): void {
    const { method, path } = r;
    const auth = r.headers.authorization;
    if (this.options.acceptToken && auth !== undefined && auth !== `Bot ${this.options.acceptToken}`) {
      return reply(401, { message: '401: Unauthorized', code: 0 });
    }
    const body = (r.body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/applications/@me') {
      return reply(200, {
        id: this.applicationId,
        name: this.bot.username,
        flags: 0,
        bot: this.userPayload(this.bot),
      });
    }
    if (method === 'GET' && path === '/users/@me') return reply(200, this.userPayload(this.bot));
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(r.body) ? (r.body as Record<string, unknown>[]) : [];
      return reply(
        200,
        list.map((c) => ({
          ...c,
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
        })),
      );
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      if (!r.query.includes('with_response=true')) return reply(204);
      return reply(200, { interaction: { id: path.split('/')[2], type: 2 }, resource: { type: body.type } });
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/.exec(path))) {
      if (method === 'DELETE') return reply(204);
      const message = this.messagePayload(m[3] === '@original' ? snowflake() : (m[3] ?? snowflake()), body);
      return reply(200, message);
    }
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path))
      return reply(200, this.messagePayload(snowflake(), body));
    if ((m = /^\/channels\/(\d+)(\/|$)/.exec(path)) && this.deletedChannels.has(m[1] ?? '')) {
      return reply(404, { message: 'Unknown Channel', code: 10003 });
    }
    if (method === 'GET' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      // Newest first, as Discord lists them; `limit` defaults to 50.
      const limit = Number(new URLSearchParams(r.query).get('limit') ?? 50);
      const id = m[1];
      const inChannel = [...this.messages.values()].filter((msg) => msg.channel_id === id);
      return reply(200, inChannel.reverse().slice(0, limit));
    }
    if (
      method === 'POST' &&
      (m = /^\/channels\/(\d+)\/messages$/.exec(path)) &&
      this.refusedChannels.has(m[1] ?? '')
    ) {
      return reply(403, { message: 'Missing Permissions', code: 50013 });
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const deduped = this.messageByNonce(body);
      if (deduped) return reply(200, deduped);
      const created = this.messagePayload(snowflake(), body, m[1]);
      this.rememberNonce(body, created);
      return reply(200, created);
    }
    return reply(404, { message: `Unknown route ${method} ${path}`, code: 0 });
  }

  userPayload(user: FakeUser): Record<string, unknown> {
    return {
      id: user.id,
      username: user.username,
      discriminator: '0',
      global_name: user.username,
      avatar: null,
      bot: user.bot ?? false,
    };
  }

  /** A message object as Discord returns it, for what the bot sent. */
  private messagePayload(
    id: string,
    body: Record<string, unknown>,
    channelId = this.channel.id,
  ): Record<string, unknown> {
    const message = {
      id,
      type: body.message_reference ? 19 : 0,
      channel_id: channelId,
      guild_id: this.guild.id,
      author: this.userPayload(this.bot),
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body.flags ?? 0,
      ...(body.message_reference ? { message_reference: body.message_reference } : {}),
    };
    this.messages.set(id, message);
    return message;
  }

  // ---- Gateway ----------------------------------------------------------------------------------

  private onSocket(socket: WebSocket): void {
    const send = (payload: unknown) => socket.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
    socket.on('message', (data) => {
      const payload = JSON.parse(data.toString()) as { op: number; d: Record<string, unknown> | null };
      if (payload.op === 1) send({ op: 11, d: null, s: null, t: null });
      else if (payload.op === 2) this.onIdentify(socket, payload.d ?? {});
      else if (payload.op === 6) this.onResume(socket, payload.d ?? {});
    });
    socket.on('close', () => {
      for (const session of this.sessions.values()) if (session.socket === socket) session.socket = undefined;
    });
  }

  private onIdentify(socket: WebSocket, identify: Record<string, unknown>): void {
    this.identifies.push(identify);
    if (this.options.acceptToken && identify.token !== this.options.acceptToken) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const intents = Number(identify.intents ?? 0);
    if (intents & MESSAGE_CONTENT_INTENT && !this.options.grantMessageContent) {
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    const session: Session = { id: snowflake(), socket, sent: [], seq: 0 };
    this.sessions.set(session.id, session);
    const shard = (identify.shard as [number, number] | undefined) ?? [0, 1];
    this.send(session, 'READY', {
      v: 10,
      user: { ...this.userPayload(this.bot), bot: true, verified: true, flags: 0 },
      guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      application: { id: this.applicationId, flags: this.options.grantMessageContent ? 1 << 19 : 0 },
      shard,
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
    });
    for (const guild of this.guilds) this.send(session, 'GUILD_CREATE', this.guildPayload(guild));
  }

  private onResume(socket: WebSocket, resume: Record<string, unknown>): void {
    this.resumes.push(resume);
    const session = this.sessions.get(String(resume.session_id));
    if (!session) {
      socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return;
    }
    session.socket = socket;
    const after = Number(resume.seq ?? 0);
    for (const event of session.sent.filter((e) => e.s > after)) {
      socket.send(JSON.stringify({ op: 0, ...event }));
    }
    this.send(session, 'RESUMED', {});
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.sent.push(event);
    session.socket?.send(JSON.stringify({ op: 0, ...event }));
  }

  /** Sends a dispatch to every connected session. */
  dispatch(t: string, d: unknown): void {
    if (t === 'INTERACTION_CREATE')
      this.interactionDispatchedAt.set(String((d as { id: unknown }).id), Date.now());
    for (const session of this.sessions.values()) if (session.socket) this.send(session, t, d);
  }

  /** Deletes a channel as Discord does: CHANNEL_DELETE to the bot, then 404 on its routes. */
  deleteChannel(channelId: string): void {
    for (const guild of this.guilds) {
      const channel = guild.channels.find((c) => c.id === channelId);
      if (!channel) continue;
      guild.channels = guild.channels.filter((c) => c.id !== channelId);
      this.deletedChannels.add(channelId);
      this.dispatch('CHANNEL_DELETE', {
        id: channel.id,
        type: channel.type,
        name: channel.name,
        guild_id: guild.id,
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
      });
    }
  }

  /** Makes posting in a channel fail as when the bot lacks Send Messages there. */
  refusePosting(channelId: string): void {
    this.refusedChannels.add(channelId);
  }

  /** Closes every gateway connection with `code` (e.g. 4000 to make the client resume). */
  dropConnections(code = 4000): void {
    for (const client of this.wss.clients) client.close(code, 'fake: dropped');
  }

  guildPayload(guild: FakeGuild): Record<string, unknown> {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      owner_id: this.user.id,
      unavailable: false,
      large: false,
      member_count: 2,
      joined_at: new Date().toISOString(),
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      system_channel_flags: 0,
      features: [],
      roles: [
        {
          id: guild.id,
          name: '@everyone',
          permissions: PERMISSIONS.bot,
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: guild.channels.map((c, position) => ({
        id: c.id,
        type: c.type,
        name: c.name,
        guild_id: guild.id,
        position,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
      })),
      members: [
        {
          user: this.userPayload(this.bot),
          roles: [],
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---- Events tests send ------------------------------------------------------------------------

  private interactionBase(
    type: number,
    options: SlashOptions,
  ): Record<string, unknown> & { id: string; token: string } {
    const user = options.user ?? this.user;
    const guildId = options.guildId ?? this.guild.id;
    const channel =
      this.guilds.flatMap((g) => g.channels).find((c) => c.id === options.channelId) ?? this.channel;
    const id = snowflake();
    return {
      id,
      token: `fake-interaction-token-${id}`,
      type,
      application_id: this.applicationId,
      version: 1,
      guild_id: guildId,
      channel_id: channel.id,
      channel: {
        id: channel.id,
        type: channel.type,
        name: channel.name,
        guild_id: guildId,
        permissions: PERMISSIONS.bot,
      },
      member: {
        user: this.userPayload(user),
        roles: [],
        permissions: options.permissions ?? PERMISSIONS.manageGuild,
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: PERMISSIONS.bot,
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
    };
  }

  /** Dispatches a slash command; returns the interaction (its `token` identifies the answers). */
  slashCommand(
    name: string,
    commandOptions: unknown[] = [],
    options: SlashOptions = {},
  ): { id: string; token: string } {
    const base = this.interactionBase(2, options);
    this.dispatch('INTERACTION_CREATE', {
      ...base,
      data: {
        id: snowflake(),
        name,
        type: 1,
        guild_id: base.guild_id,
        options: commandOptions,
        ...(options.resolved ? { resolved: options.resolved } : {}),
      },
    });
    return base;
  }

  /** Dispatches an autocomplete request for the focused string option `option`. */
  autocomplete(
    name: string,
    option: string,
    value: string,
    options: SlashOptions = {},
  ): { id: string; token: string } {
    const base = this.interactionBase(4, options);
    this.dispatch('INTERACTION_CREATE', {
      ...base,
      data: { id: snowflake(), name, type: 1, options: [{ type: 3, name: option, value, focused: true }] },
    });
    return base;
  }

  /** Dispatches a button click on a message the bot sent (as recorded by the fake). */
  clickButton(
    message: Record<string, unknown>,
    customId: string,
    options: SlashOptions = {},
  ): { id: string; token: string } {
    const base = this.interactionBase(3, options);
    this.dispatch('INTERACTION_CREATE', {
      ...base,
      message,
      data: { custom_id: customId, component_type: 2 },
    });
    return base;
  }

  /** Dispatches MESSAGE_CREATE from a user; returns the message object. */
  message(options: MessageOptions): Record<string, unknown> & { id: string } {
    const author = options.author ?? this.user;
    const mentions = [...(options.mentions ?? [])];
    const reply = options.replyTo;
    const message = {
      id: snowflake(),
      type: reply ? 19 : 0,
      channel_id: options.channelId ?? this.channel.id,
      guild_id: options.guildId ?? this.guild.id,
      author: this.userPayload(author),
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      content: options.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: options.mentionEveryone ?? false,
      mentions: mentions.map((u) => this.userPayload(u)),
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      ...(reply
        ? {
            message_reference: {
              type: 0,
              message_id: reply.id,
              channel_id: reply.channel_id,
              guild_id: reply.guild_id,
            },
            referenced_message: reply,
          }
        : {}),
    };
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  // ---- Faults (tests/faults) ---------------------------------------------------------------------

  private readonly faults: (RequestFault & { left: number; hits: number })[] = [];
  /** Answers held back by a `delayMs` fault, cancelled at {@link close}. */
  private readonly delayed = new Set<ReturnType<typeof setTimeout>>();
  /** Channel messages created with `enforce_nonce`, by nonce (Discord dedupes them for a few minutes). */
  private readonly nonced = new Map<string, Record<string, unknown>>();

  /**
   * Answers the next `times` (default 1) requests matching `fault.match` with `fault.status`
   * instead of handling them — or, with `afterAccepting`, after handling them, as when Discord
   * created the message and its edge then answered 502. With `delayMs` the answer comes that much
   * later; with `hang` never. The request is always recorded first, as Discord received it. The
   * first armed fault that still applies and matches wins. Returns how many requests it has hit.
   */
  injectFault(fault: RequestFault): { readonly hits: number } {
    const armed = { ...fault, left: fault.times ?? 1, hits: 0 };
    this.faults.push(armed);
    return {
      get hits() {
        return armed.hits;
      },
    };
  }

  /** Disarms every injected fault (answers already held back by `delayMs` still go out). */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /**
   * The bot token is reset in the Developer Portal: from now on REST calls with the old one get 401
   * and an IDENTIFY with it is closed with 4004. Open gateway connections stay until
   * {@link dropConnections}`(4004)`, as Discord closes them when it gets round to it.
   */
  revokeToken(): void {
    this.options.acceptToken = `revoked-${snowflake()}`;
  }

  /** Drops every gateway connection without a close frame (the client sees 1006). */
  terminateConnections(): void {
    for (const client of this.wss.clients) client.terminate();
  }

  /** Sends a raw gateway payload (op 7 Reconnect, op 9 Invalid Session, …) on every connection. */
  sendOp(op: number, d: unknown = null): void {
    for (const client of this.wss.clients) client.send(JSON.stringify({ op, d, s: null, t: null }));
  }

  /** Whether a session is connected (READY or RESUMED sent on a live socket). */
  get connected(): boolean {
    return [...this.sessions.values()].some((s) => s.socket !== undefined && s.socket.readyState === 1);
  }

  /** Grants or revokes the Message Content intent from now on (the next IDENTIFY is judged by it). */
  setMessageContentGranted(granted: boolean): void {
    this.options.grantMessageContent = granted;
  }

  /** Forgets every session, so the next RESUME gets op 9 and the client must IDENTIFY again. */
  invalidateSessions(): void {
    this.sessions.clear();
  }

  /** Messages the bot created in a channel (each REST-created one once, whatever the retries). */
  channelMessages(channelId: string): Record<string, unknown>[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  private takeFault(request: RecordedRequest): RequestFault | undefined {
    const fault = this.faults.find((f) => f.left > 0 && f.match(request));
    if (fault) {
      fault.left -= 1;
      fault.hits += 1;
    }
    return fault;
  }

  /** Discord's `enforce_nonce`: a second create with the same nonce returns the first message. */
  private messageByNonce(body: Record<string, unknown>): Record<string, unknown> | undefined {
    if (body.enforce_nonce !== true || body.nonce === undefined) return undefined;
    return this.nonced.get(String(body.nonce));
  }

  private rememberNonce(body: Record<string, unknown>, message: Record<string, unknown>): void {
    if (body.enforce_nonce === true && body.nonce !== undefined) this.nonced.set(String(body.nonce), message);
  }
}

export interface RequestFault {
  match: (r: RecordedRequest) => boolean;
  /**
   * The status to answer with (429, 5xx, 404, …) instead of handling the request. Without one the
   * request is handled (accepted) and its own answer sent, `delayMs` later.
   */
  status?: number;
  /** The JSON answer; none by default (as a 502 from Discord's edge). */
  body?: unknown;
  /** Extra response headers (`Retry-After`, `X-RateLimit-*` of a 429). */
  headers?: Record<string, string>;
  /** How many matching requests get the fault; 1 by default (`Infinity`: every one). */
  times?: number;
  /** Handle the request first (Discord accepted it), then answer with the fault. */
  afterAccepting?: boolean;
  /** Send the answer this much later (a slow Discord). */
  delayMs?: number;
  /** Accept nothing and never answer: the connection stays open until the client or the fake goes away. */
  hang?: boolean;
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (contentType?.startsWith('multipart/form-data')) {
    const json = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw);
    return json?.[1] ? JSON.parse(json[1]) : raw;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
