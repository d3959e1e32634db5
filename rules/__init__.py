"""The built-in rules: one TOML file each (a package only so that they ship in the wheel)."""
