# Build Evidence Desk on Windows 10/11 x64: the one-folder program, a portable ZIP and (if Inno Setup 6 is
# installed) an installer.  Run from the repository root in PowerShell:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11+ (python.org installer, "Add to PATH") and, for the installer, Inno Setup 6 (iscc.exe).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent (Split-Path -Parent $PSScriptRoot))

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install --upgrade pip
& $py -m pip install -e ".[build]"

& $py packaging\make_icons.py build\icons
if (Test-Path dist\evidence-desk) { Remove-Item -Recurse -Force dist\evidence-desk }
& $py -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging\evidence-desk.spec

# Smoke check of the console program.
& dist\evidence-desk\evidence-desk.exe --version
& dist\evidence-desk\evidence-desk.exe catalog list

$version = (& $py -c "import desktop; print(desktop.__version__)").Trim()

# Portable variant: the marker file makes the program keep its workspace beside itself (USB sticks).
$portable = "dist\evidence-desk-$version-windows-x64-portable.zip"
Set-Content -Path dist\evidence-desk\portable.txt -Value "portable: the workspace is kept in the folder 'workspace' beside the program" -Encoding UTF8
if (Test-Path $portable) { Remove-Item $portable }
Compress-Archive -Path dist\evidence-desk -DestinationPath $portable
Remove-Item dist\evidence-desk\portable.txt
Write-Host "portable: $portable"

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (Test-Path $iscc) {
    & $iscc "/DAppVersion=$version" packaging\windows\evidence-desk.iss
} else {
    Write-Host "Inno Setup 6 not found: installer skipped (the portable ZIP is complete)."
}
