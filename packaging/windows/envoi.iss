; Inno Setup 6 script: EnvoiSetup-<version>.exe from the PyInstaller folder dist\envoi.
;
;   iscc /DVersion=0.1.0 packaging\windows\envoi.iss
;   iscc /DVersion=0.1.0 /DSign "/Senvoisign=signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /f cert.pfx /p PASSWORD $f" packaging\windows\envoi.iss
;
; packaging\build_windows.ps1 runs it after building and self-testing the folder. NOT BUILT
; OR TESTED YET: written to mirror the Linux recipe (see packaging\README.md).

#ifndef Version
  #define Version "0.0.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6C0B7A52-3F4E-4E55-9B0B-2D2E8F3C5E11}
AppName=Envoi
AppVersion={#Version}
AppPublisher=Envoi
DefaultDirName={autopf}\Envoi
DefaultGroupName=Envoi
; Per-user install by default (no administrator needed); the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=EnvoiSetup-{#Version}
SetupIconFile={#Root}\resources\icons\envoi.ico
UninstallDisplayIcon={app}\envoi.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Tells Explorer to reload the file associations after install and uninstall.
ChangesAssociations=yes
; SIGN step: with /DSign and a "envoisign" sign tool given to iscc (/S), the installer and
; its uninstaller are signed. The program files are signed before, by build_windows.ps1.
#ifdef Sign
SignTool=envoisign
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\envoi\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Envoi"; Filename: "{app}\envoi.exe"
Name: "{autodesktop}\Envoi"; Filename: "{app}\envoi.exe"; Tasks: desktopicon

[Registry]
; *.envoi backups (File > Back up) open Envoi. HKA: HKCU for a per-user install, HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.envoi"; ValueType: string; ValueName: ""; ValueData: "Envoi.Backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.envoi"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-envoi-backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Envoi.Backup"; ValueType: string; ValueName: ""; ValueData: "Envoi backup"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Envoi.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\envoi.exe,0"
; Opening a backup starts Envoi (the file is not restored from here: File > Restore does).
Root: HKA; Subkey: "Software\Classes\Envoi.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\envoi.exe"""

[Run]
Filename: "{app}\envoi.exe"; Description: "{cm:LaunchProgram,Envoi}"; Flags: nowait postinstall skipifsilent
