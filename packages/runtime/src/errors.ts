/** Base class of every error that a contactkit client throws. */
export class ContactkitError extends Error {
  override name = 'ContactkitError';
}

/**
 * A client was created with options it cannot work with. The message names
 * the option, what was wrong with it and what to pass instead.
 */
export class ConfigurationError extends ContactkitError {
  override name = 'ConfigurationError';

  /** The client option that was wrong, e.g. `apiKey` or `baseUrl`. */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}
