; Inno Setup 6 script for Evidence Desk (印证资料报送).
; Build dist\evidence-desk first (packaging\windows\build.ps1 does both), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\evidence-desk.iss
; Output: dist\evidence-desk-<version>-windows-x64-setup.exe

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root ".."
#define Root2 "..\.."

[Setup]
AppId={{7C1E5D2A-4B8F-4C63-9E1D-0F2A6B3C8D41}
AppName=印证资料报送
AppVerName=印证资料报送 {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Evidence Desk
DefaultDirName={autopf}\EvidenceDesk
DefaultGroupName=印证资料报送
DisableProgramGroupPage=yes
; Office PCs are often locked down: let a user without admin rights install for themselves.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root2}\dist
OutputBaseFilename=evidence-desk-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root2}\build\icons\evidence-desk.ico
UninstallDisplayIcon={app}\evidence-desk-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root2}\dist\evidence-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\印证资料报送"; Filename: "{app}\evidence-desk-gui.exe"
Name: "{autodesktop}\印证资料报送"; Filename: "{app}\evidence-desk-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\evidence-desk-gui.exe"; Description: "{cm:LaunchProgram,印证资料报送}"; Flags: nowait postinstall skipifsilent

; The workspace lives in %APPDATA%\EvidenceDesk and is deliberately left in place on uninstall.
