"""The pure core: no Qt import anywhere below this package."""
