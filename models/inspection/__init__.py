"""Field inspections: the registry of regulated establishments, the legal
bases the office maintains, inspections, violations (with evidence photos),
petitions, the trash, and the inspection indicators computed from them."""
