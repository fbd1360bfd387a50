"""Administration: accounts, the office calendar and the workflow settings shared by every
workstation."""
