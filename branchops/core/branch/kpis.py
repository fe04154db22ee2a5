"""Branch-level KPIs: none beyond the areas' own yet; the module keeps the area contract."""
