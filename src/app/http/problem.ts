import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';

/** An RFC 9457 problem document; `errors` lists every invalid field. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  [key: string]: unknown;
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

interface ProblemInput {
  status: number;
  code: string;
  detail: string;
  title?: string;
  errors?: { field: string; message: string }[];
  [key: string]: unknown;
}

/** Answers with a problem document. */
export function sendProblem(reply: FastifyReply, req: FastifyRequest, p: ProblemInput) {
  const body: Problem = {
    ...p,
    type: `https://presence.dev/problems/${p.code}`,
    title: p.title ?? titles[p.status] ?? 'Error',
    instance: req.url.split('?')[0],
  };
  return reply.status(p.status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
}

/** `/a/0/b` (a JSON pointer from the validator) → `a.0.b`; the whole body/query when empty. */
function fieldPath(instancePath: string | undefined, where: string): string {
  const parts = (instancePath ?? '').split('/').filter(Boolean);
  return parts.length ? parts.join('.') : where;
}

/** Installs the error and not-found handlers that answer every failure with a problem document. */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, req, reply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, req, {
        status: error.status,
        code: error.code,
        detail: error.message,
        ...(error.field ? { errors: [{ field: error.field, message: error.message }] } : {}),
        ...(error.extra ?? {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      // Typed locally: the plugin's type comes from a fastify subpath that linters cannot always resolve.
      const issues = error.validation as unknown as { instancePath?: string; message?: string }[];
      const errors = issues.map((v) => ({
        field: fieldPath(v.instancePath, where),
        message: v.message ?? 'Invalid value',
      }));
      const first = errors[0];
      return sendProblem(reply, req, {
        status: 400,
        code: 'invalid',
        detail: first ? `Invalid ${first.field}: ${first.message}` : 'Invalid request',
        errors,
      });
    }
    const fe = error as FastifyError;
    const status = typeof fe.statusCode === 'number' && fe.statusCode >= 400 ? fe.statusCode : 500;
    if (status >= 500) {
      req.log.error({ err: error }, 'request failed');
      return sendProblem(reply, req, {
        status,
        code: 'internal',
        detail: 'Something went wrong on our side; it has been logged.',
      });
    }
    const codes: Record<string, string> = {
      FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
      FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
      FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
      FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
      FST_ERR_RATE_LIMIT_EXCEEDED: 'rate_limited',
    };
    let detail = fe.message;
    if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      detail = `The request body is not valid JSON: ${fe.message}`;
    }
    return sendProblem(reply, req, {
      status,
      code:
        codes[fe.code] ?? (status === 429 ? 'rate_limited' : status === 404 ? 'not_found' : 'bad_request'),
      detail,
      ...(status === 400 || status === 413 ? { errors: [{ field: 'body', message: detail }] } : {}),
    });
  });

  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, req, {
      status: 404,
      code: 'not_found',
      detail: `No route ${req.method} ${req.url.split('?')[0]}`,
    }),
  );
}
