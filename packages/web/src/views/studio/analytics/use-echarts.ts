// ECharts, only what the analytics page draws: imported from echarts/core so this page's chunk
// carries bars, lines and the SVG renderer and nothing else (no other page imports this file).
import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/** Registers the parts with ECharts (its registry is its own; a second call installs nothing twice). */
export function useEchartsParts(): void {
  use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
}
