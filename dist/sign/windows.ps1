<#
.SYNOPSIS
  Authenticode-signs MFA Ready's Windows artefacts (.exe, .msi, NSIS setup) with an
  RFC 3161 timestamp, then verifies each signature.

.DESCRIPTION
  One of two ways, chosen by environment variables (secrets only from the environment):

  1. signtool and a certificate in the machine's store, by thumbprint:
       WINDOWS_CERT_THUMBPRINT   SHA-1 thumbprint of the code-signing certificate
       WINDOWS_TIMESTAMP_URL     RFC 3161 server (default http://timestamp.digicert.com)
     If the certificate comes as a PFX secret, set WINDOWS_CERT_PFX_BASE64 and
     WINDOWS_CERT_PASSWORD; it is imported into CurrentUser\My first and its thumbprint used.

  2. Any sign command, e.g. Azure Trusted Signing through `sign` or a HSM vendor's tool:
       WINDOWS_SIGN_COMMAND      a command line where {file} is replaced by the file path, e.g.
         sign code trusted-signing -tse https://weu.codesigning.azure.net -tsa contoso -tscp mfa-ready "{file}"
     The command must timestamp (Trusted Signing always does).

  Nothing to sign with: exits 0 after saying so (unsigned builds for testing).

.EXAMPLE
  pwsh dist/sign/windows.ps1 target/release/mfa-ready.exe target/release/*.msi target/release/*-setup.exe
#>
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$timestamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }

function Find-SignTool {
    $cmd = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    $kits = Join-Path ${env:ProgramFiles(x86)} 'Windows Kits\10\bin'
    $found = Get-ChildItem -Path $kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -match '\\x64\\' } | Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $found) { throw 'signtool.exe not found (install the Windows SDK)' }
    return $found.FullName
}

$thumbprint = $env:WINDOWS_CERT_THUMBPRINT
if ($env:WINDOWS_CERT_PFX_BASE64) {
    $pfx = Join-Path ([IO.Path]::GetTempPath()) ("mfa-ready-sign-" + [guid]::NewGuid() + '.pfx')
    try {
        [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
        $password = ConvertTo-SecureString -String $env:WINDOWS_CERT_PASSWORD -AsPlainText -Force
        $cert = Import-PfxCertificate -FilePath $pfx -CertStoreLocation Cert:\CurrentUser\My -Password $password
        $thumbprint = $cert.Thumbprint
    } finally {
        Remove-Item -Force -ErrorAction SilentlyContinue $pfx
    }
}

if (-not $thumbprint -and -not $env:WINDOWS_SIGN_COMMAND) {
    Write-Host 'sign/windows: no WINDOWS_CERT_THUMBPRINT, WINDOWS_CERT_PFX_BASE64 or WINDOWS_SIGN_COMMAND: artefacts left unsigned'
    exit 0
}

$signtool = Find-SignTool
foreach ($pattern in $Files) {
    foreach ($file in (Resolve-Path $pattern)) {
        $path = $file.Path
        Write-Host "sign/windows: signing $path"
        if ($env:WINDOWS_SIGN_COMMAND) {
            $line = $env:WINDOWS_SIGN_COMMAND.Replace('{file}', $path)
            & cmd.exe /d /c $line
            if ($LASTEXITCODE -ne 0) { throw "sign command failed for $path (exit $LASTEXITCODE)" }
        } else {
            & $signtool sign /sha1 $thumbprint /fd sha256 /tr $timestamp /td sha256 /d 'MFA Ready' $path
            if ($LASTEXITCODE -ne 0) { throw "signtool sign failed for $path" }
        }
        & $signtool verify /pa /tw $path
        if ($LASTEXITCODE -ne 0) { throw "signature or timestamp missing on $path" }
    }
}
