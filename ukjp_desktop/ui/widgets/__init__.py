"""Small pieces every feature may use: plain-text labels and tooltips, message dialogs, the range
slider, a flow layout, a reading view. They import no feature."""
