<#
  Intune Remediations: remediation script (a nudge), paired with intune-detect.ps1.
  Runs as the logged-on user: says in a toast what is missing and opens MFA Ready at the
  step to take. It changes nothing on the device; the user adds the method.
#>
$ErrorActionPreference = 'Stop'
$exe = Join-Path $env:ProgramFiles 'MFA Ready\mfa-ready.exe'
if (-not (Test-Path $exe)) { Write-Output 'MFA Ready is not installed'; exit 1 }
$line = (& $exe check 2>&1 | Select-Object -First 1 | Out-String).Trim()
if ($LASTEXITCODE -eq 0) { Write-Output $line; exit 0 }

# The lead's `remind` command (issue 8) shows the app's own reminder when this build has it.
& $exe remind --help *> $null
if ($LASTEXITCODE -eq 0) {
    & $exe remind
} else {
    Start-Process -FilePath $exe     # opens the window on the overview: verdict and next step
}
Write-Output "nudged: $line"
exit 0
