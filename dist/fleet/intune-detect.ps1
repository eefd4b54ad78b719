<#
  Intune Remediations: detection script for MFA Ready.
  Settings: "Run this script using the logged-on credentials" = Yes (the store is per user),
            "Run script in 64-bit PowerShell" = Yes.
  Exit 0 = ready (compliant), exit 1 = needs remediation (not ready, overdue, or no verdict).
  The one line it prints shows in the Intune report's "pre-remediation detection output".
#>
$ErrorActionPreference = 'Stop'
$exe = Join-Path $env:ProgramFiles 'MFA Ready\mfa-ready.exe'
if (-not (Test-Path $exe)) {
    Write-Output 'MFA Ready is not installed'
    exit 1
}
$line = & $exe check 2>&1 | Select-Object -First 3 | Out-String
$code = $LASTEXITCODE
Write-Output $line.Trim()
switch ($code) {
    0 { exit 0 }             # Ready
    1 { exit 1 }             # Not ready or overdue: run the remediation (a nudge)
    default { exit 1 }       # 2: error (the policy was refused, no data folder): look at the line
}
