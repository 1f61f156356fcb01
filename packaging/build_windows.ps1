# Build Envoi for Windows: the PyInstaller folder dist\envoi (the same packaging\envoi.spec as
# Linux), its --selftest, then the Inno Setup installer dist\EnvoiSetup-<version>.exe.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
#
# Needs Python 3.11 with `pip install -e .[packaging]` in .venv (or ENVOI_PYTHON) and Inno
# Setup 6 (iscc.exe; preinstalled on GitHub's windows runners). SIGN step: set
# ENVOI_SIGN_PFX (path to a .pfx) and ENVOI_SIGN_PASSWORD to sign envoi.exe and the installer.
# NOT RUN YET: written to mirror packaging/build_linux.sh (see packaging\README.md).
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Py = if ($env:ENVOI_PYTHON) { $env:ENVOI_PYTHON } else { Join-Path $Root ".venv\Scripts\python.exe" }

Write-Host "==> translations (.ts -> .qm)"
& $Py packaging\translations.py build
if ($LASTEXITCODE -ne 0) { throw "translations failed" }

Write-Host "==> PyInstaller (packaging\envoi.spec)"
& $Py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\envoi.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

Write-Host "==> envoi.exe --selftest (offscreen, fresh data folder)"
$Data = Join-Path $env:TEMP ("envoi-selftest-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $Data | Out-Null
$env:ENVOI_DATA_DIR = $Data
$env:QT_QPA_PLATFORM = "offscreen"
# envoi-cli.exe: the console twin of the windowed envoi.exe, so the result is printed.
& dist\envoi\envoi-cli.exe --selftest
$Code = $LASTEXITCODE
Remove-Item Env:\ENVOI_DATA_DIR, Env:\QT_QPA_PLATFORM
if ($Code -ne 0) { throw "selftest failed (exit $Code)" }
$Size = (Get-ChildItem -Recurse -File dist\envoi | Measure-Object -Sum Length).Sum
Write-Host "bundle: dist\envoi, $Size bytes"

$Version = & $Py -c "import envoi; print(envoi.__version__)"
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }

if ($env:ENVOI_SIGN_PFX) {
    Write-Host "==> SIGN: envoi.exe (signtool)"
    & signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f $env:ENVOI_SIGN_PFX /p $env:ENVOI_SIGN_PASSWORD dist\envoi\envoi.exe
    if ($LASTEXITCODE -ne 0) { throw "signing envoi.exe failed" }
    $SignTool = "envoisign=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f `"$env:ENVOI_SIGN_PFX`" /p `"$env:ENVOI_SIGN_PASSWORD`" `$f"
    & $Iscc "/DVersion=$Version" /DSign "/S$SignTool" packaging\windows\envoi.iss
} else {
    Write-Host "==> installer (unsigned: ENVOI_SIGN_PFX is not set)"
    & $Iscc "/DVersion=$Version" packaging\windows\envoi.iss
}
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "installer: dist\EnvoiSetup-$Version.exe"
