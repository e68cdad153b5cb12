// Apart from extract.ts so that the server's start loads no document parser (they load in the extraction worker).

/** Why a file cannot be taken in: typed as the HTTP status and error code the upload route answers with. */
export class ExtractionRefusal extends Error {
  constructor(
    readonly status: 400 | 413 | 415 | 422,
    readonly code: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'UNPROCESSABLE_DOCUMENT',
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionRefusal';
  }
}
