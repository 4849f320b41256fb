import { DiscordAPIError, HTTPError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger, routeTemplate, scrubSecrets } from '../src/logger.js';

const TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA';
const URL_WITH_TOKEN = `https://discord.com/api/v10/interactions/1234567890123456789/${TOKEN}/callback?with_response=false`;

function logged(record: (logger: ReturnType<typeof createLogger>) => void): string {
  const lines: string[] = [];
  record(
    createLogger({ level: 'info', secrets: ['bot-token-that-must-not-show'], write: (l) => lines.push(l) }),
  );
  return lines.join('');
}

describe('the one redaction point for logged errors', () => {
  it('writes a REST address as its route template', () => {
    expect(routeTemplate(URL_WITH_TOKEN)).toBe('/interactions/:id/:token/callback');
    expect(
      routeTemplate(`http://127.0.0.1:1/api/v10/webhooks/1234567890123456789/${TOKEN}/messages/%40original`),
    ).toBe('/webhooks/:id/:token/messages/@original');
    expect(routeTemplate('https://discord.com/api/v10/channels/1234567890123456789/messages')).toBe(
      '/channels/:id/messages',
    );
  });

  it('logs a DiscordAPIError with code, status and route, without the token or the request body', () => {
    const error = new DiscordAPIError(
      { message: 'Unknown interaction', code: 10062 },
      10062,
      404,
      'POST',
      URL_WITH_TOKEN,
      {
        body: { type: 4, data: { content: 'a private answer' } },
      },
    );
    const line = logged((l) => l.error({ err: error }, '/help failed'));
    expect(JSON.parse(line).err).toMatchObject({
      code: 10062,
      status: 404,
      method: 'POST',
      route: '/interactions/:id/:token/callback',
    });
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain('a private answer');
  });

  it('does the same for an HTTPError logged as the first argument, and for a cause', () => {
    const http = new HTTPError(503, 'Service Unavailable', 'PATCH', URL_WITH_TOKEN, {
      body: { content: 'text' },
    });
    const wrapped = new Error('edit failed', { cause: http });
    const line = logged((l) => {
      l.error(http, 'direct');
      l.error({ err: wrapped }, 'wrapped');
    });
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain('"text"');
    expect(line.match(/\/interactions\/:id\/:token\/callback/g)).toHaveLength(2);
  });

  it('scrubs a token inside any route written in a message, and the bot token anywhere', () => {
    expect(scrubSecrets(`failed: POST ${URL_WITH_TOKEN}`, [])).not.toContain(TOKEN);
    const line = logged((l) =>
      l.warn(`retrying /webhooks/1234567890123456789/${TOKEN} with bot-token-that-must-not-show`),
    );
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain('bot-token-that-must-not-show');
  });
});
