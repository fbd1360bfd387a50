"""The register (buku agenda): its table model, the letter form, the duplicate comparison, legacy
imports and the printed registers."""
