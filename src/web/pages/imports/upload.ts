import { ApiError, type FieldError } from '../../api';

/** One row's error in an import (api-contract.md): row or sheet and cell, the column and a Dutch message. */
export interface ImportError extends Partial<FieldError> {
  row?: number;
  sheet?: string;
  cell?: string;
  column?: string;
  message: string;
}

export interface ImportResult {
  kind: 'planTable' | 'planmonitor' | 'realisations';
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  preview: {
    row: number | null;
    sheet?: string;
    action: 'create' | 'update' | 'unchanged';
    name: string;
    municipalityCode: string;
    homes: number;
  }[];
}

/**
 * Uploads a file with XMLHttpRequest (fetch has no upload progress) and reports the percentage sent, so a large
 * file shows progress; then the server validates the whole file.
 */
export function uploadImport<T = ImportResult>(
  url: string,
  file: File | FormData,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${url}`);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'De verbinding met de server is verbroken. Probeer het opnieuw.'));
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : {};
      } catch {
        // not JSON: handled below
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as unknown as T);
      else {
        const detail =
          typeof body.detail === 'string' ? body.detail : `Er ging iets mis (HTTP ${xhr.status}).`;
        reject(new ApiError(xhr.status, detail, (body.errors as FieldError[] | undefined) ?? [], body));
      }
    };
    let form = file;
    if (!(form instanceof FormData)) {
      form = new FormData();
      form.append('file', file as File);
    }
    xhr.send(form);
  });
}
