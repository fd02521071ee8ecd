import { InputError } from '@gitops-actions/kit';
import { armScope, parseAcrHosts, parseAuthorityHost, parseGuid } from '@gitops-actions/azure';

const refused = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('accepted');
};

describe('the Azure input parsers', () => {
  it('(15.3) takes a GUID, lower-cased, and refuses anything else naming the input', () => {
    expect(parseGuid('azure-client-id', ' 11111111-2222-3333-4444-55555555AAAA ')).toBe(
      '11111111-2222-3333-4444-55555555aaaa',
    );
    expect(refused(() => parseGuid('azure-tenant-id', 'contoso.onmicrosoft.com'))).toBe(
      "Input 'azure-tenant-id' 'contoso.onmicrosoft.com' is not a GUID (e.g. 00000000-0000-0000-0000-000000000000; the Azure portal shows it under Overview)",
    );
    expect(refused(() => parseGuid('azure-client-id', '1111\n::error::x'))).toContain("'1111\\n::error::x'");
  });

  it('(15.3) takes ACR login servers of the three clouds and refuses other hosts', () => {
    expect(
      parseAcrHosts('acr-registries', [
        'AcmeCo.azurecr.io',
        'https://acmeco.azurecr.io/',
        'acmecn.azurecr.cn',
        'acmegov.azurecr.us',
      ]),
    ).toEqual(['acmeco.azurecr.io', 'acmecn.azurecr.cn', 'acmegov.azurecr.us']);
    for (const bad of [
      'acme.azurecr.io.evil.com',
      'abc.azurecr.io',
      'ghcr.io',
      'acme.azurecr.io/path',
      'acme_x.azurecr.io',
    ]) {
      expect(refused(() => parseAcrHosts('acr-registries', [bad]))).toMatch(
        /^Input 'acr-registries' '.*' is not an Azure Container Registry login server/,
      );
    }
  });

  it('(15.3) takes an https authority origin, http on loopback only, never credentials', () => {
    expect(parseAuthorityHost('azure-authority-host', 'https://login.microsoftonline.us/')).toBe(
      'https://login.microsoftonline.us',
    );
    expect(parseAuthorityHost('azure-authority-host', 'login.chinacloudapi.cn')).toBe(
      'https://login.chinacloudapi.cn',
    );
    expect(parseAuthorityHost('azure-authority-host', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(refused(() => parseAuthorityHost('azure-authority-host', 'http://login.example.com'))).toBe(
      "Input 'azure-authority-host' must use https:// (the job's token is sent there), got 'http://login.example.com'",
    );
    expect(
      refused(() => parseAuthorityHost('azure-authority-host', 'https://u:secret@login.example.com')),
    ).toContain('holds credentials');
    expect(
      refused(() => parseAuthorityHost('azure-authority-host', 'https://login.example.com/tenant')),
    ).toContain('must be the origin only');
  });

  it("(15.3) asks for Resource Manager's scope in the authority's cloud", () => {
    expect(armScope('https://login.microsoftonline.com')).toBe('https://management.azure.com/.default');
    expect(armScope('https://login.chinacloudapi.cn')).toBe('https://management.chinacloudapi.cn/.default');
    expect(armScope('https://login.microsoftonline.us')).toBe(
      'https://management.usgovcloudapi.net/.default',
    );
  });
});
