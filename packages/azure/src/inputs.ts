import { InputError, shown, tokenOriginInput } from '@gitops-actions/kit';
import { parseAcrHost } from '@gitops-actions/registry';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A client, tenant or subscription ID: a GUID only. A tenant's verified domain (`contoso.com`) would
 * work at Entra too, but ACR's exchange and AZURE_TENANT_ID want the ID, and a domain typo would only
 * surface as a vaguer AADSTS90002 later; the portal shows the GUID next to the domain.
 */
export function parseGuid(input: string, value: string): string {
  const trimmed = value.trim();
  if (!GUID.test(trimmed)) {
    throw new InputError(
      input,
      `${shown(value)} is not a GUID (e.g. 00000000-0000-0000-0000-000000000000; the Azure portal shows it under Overview)`,
    );
  }
  return trimmed.toLowerCase();
}

/**
 * ACR login servers such as `acme.azurecr.io` (also `.azurecr.cn`, `.azurecr.us`), without scheme or
 * path; lower-cased and de-duplicated. The rule is registry's `parseAcrHost`, so a host this login
 * accepts is one build-tag-push's `registry: acr` accepts too.
 */
export function parseAcrHosts(input: string, values: string[]): string[] {
  const hosts = values.map((value) => {
    const host = value
      .trim()
      .replace(/^https?:\/\//i, '')
      .replace(/\/+$/, '')
      .toLowerCase();
    if (!parseAcrHost(host)) {
      throw new InputError(
        input,
        `${shown(value)} is not an Azure Container Registry login server (<name>.azurecr.io, .azurecr.cn or .azurecr.us; the name is 5–50 letters and digits)`,
      );
    }
    return host;
  });
  return [...new Set(hosts)];
}

/**
 * Microsoft Entra's authority, `https://login.microsoftonline.com` by default; another cloud's
 * (`https://login.chinacloudapi.cn`, `https://login.microsoftonline.us`) or a private endpoint.
 */
export function parseAuthorityHost(input: string, value: string): string {
  return tokenOriginInput(input, value, 'https://login.microsoftonline.com');
}

/** Azure Resource Manager's scope in the cloud an authority belongs to: what ACR's exchange accepts. */
export function armScope(authorityHost: string): string {
  const host = new URL(authorityHost).hostname;
  if (host.endsWith('chinacloudapi.cn')) return 'https://management.chinacloudapi.cn/.default';
  if (host.endsWith('microsoftonline.us')) return 'https://management.usgovcloudapi.net/.default';
  return 'https://management.azure.com/.default';
}
