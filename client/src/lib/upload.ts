// The document upload (POST /api/documents, docs/ingest.md), as the upload page sends it: multipart with the file and
// its description, the session cookie and the header that a cookie-authenticated change must carry.

export interface UploadFields {
  title: string;
  date: string;
  type: string;
  coversStart: string;
  coversEnd: string;
}

export type UploadOutcome =
  | { ok: true; id: string; known: boolean; proposals: number }
  | { ok: false; status: number; code: string; message: string };

/** The formats the server reads, for the file picker's accept list. */
export const ACCEPTED_FILES = '.pdf,.docx,.html,.htm,.md,.markdown,.txt';

export async function uploadDocument(file: File, fields: UploadFields): Promise<UploadOutcome> {
  const form = new FormData();
  form.set('file', file, file.name);
  for (const [key, value] of Object.entries(fields)) {
    if (value.trim() !== '') form.set(key, value.trim());
  }
  let response: Response;
  try {
    response = await fetch('/api/documents', {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    return { ok: false, status: 0, code: 'NETWORK', message: '' };
  }
  const body = (await response.json().catch(() => null)) as {
    id?: string;
    proposals?: number;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (response.ok && body?.id) {
    return { ok: true, id: body.id, known: response.status === 200, proposals: body.proposals ?? 0 };
  }
  const error = body?.errors?.[0];
  return {
    ok: false,
    status: response.status,
    code: error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
    message: error?.message ?? response.statusText,
  };
}
