; Inno Setup 6 script: installs the PyInstaller folder build (dist\lawfulreq) on Windows x64.
; From the project root, after the PyInstaller build (see packaging/ci/build-installers.yml):
;     iscc /DAppVersion=0.1.0 packaging\windows\lawfulreq.iss
; Output: dist\LawfulReq-<version>-setup.exe. Not built or run on the maintainers' Linux box.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z lawfulreq.iss
#endif
#define BuildDir "..\..\dist\lawfulreq"

[Setup]
; Keep AppId unchanged across versions: Windows recognises upgrades by it.
AppId={{10CCB746-7968-4FD3-B62C-713B61098359}
AppName=LawfulReq
AppVersion={#AppVersion}
AppVerName=LawfulReq {#AppVersion}
AppPublisher=LawfulReq
DefaultDirName={autopf}\LawfulReq
DefaultGroupName=LawfulReq
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
OutputDir=..\..\dist
OutputBaseFilename=LawfulReq-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\lawfulreq-gui.exe
UninstallDisplayName=LawfulReq {#AppVersion}

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole folder build; user data never lives here (it goes to %LOCALAPPDATA%\LawfulReq\LawfulReq).
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\LawfulReq"; Filename: "{app}\lawfulreq-gui.exe"
Name: "{autodesktop}\LawfulReq"; Filename: "{app}\lawfulreq-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\lawfulreq-gui.exe"; Description: "{cm:LaunchProgram,LawfulReq}"; Flags: nowait postinstall skipifsilent
