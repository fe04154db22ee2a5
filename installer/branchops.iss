; Inno Setup script: wraps installer\dist\BranchOps into BranchOps-Setup.exe (per-user install).
#define AppVersion "0.1.0"

[Setup]
AppName=BranchOps
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\BranchOps
DefaultGroupName=BranchOps
PrivilegesRequired=lowest
OutputBaseFilename=BranchOps-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "dist\BranchOps\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\BranchOps"; Filename: "{app}\branchops.exe"
Name: "{userdesktop}\BranchOps"; Filename: "{app}\branchops.exe"

[Run]
Filename: "{app}\branchops.exe"; Description: "BranchOps"; Flags: nowait postinstall skipifsilent
