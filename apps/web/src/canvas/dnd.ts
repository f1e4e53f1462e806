/** The MIME type palette entries put on the HTML5 drag (value: a provider key, see authoring.providerKey). */
export const PROVIDER_MIME = 'application/x-pipewright-provider';
