// The node shape: a Vue card rendered through x6-vue-shape's teleport, so cards live inside the
// app and use its i18n, Pinia and Element Plus. Ports: "in" on top, "out" at the bottom.
import { register } from '@antv/x6-vue-shape';
import { NODE_SIZE } from '../../../../designer/auto-layout.ts';
import NodeCard from './node-card.vue';
import { NODE_SHAPE } from './to-graph.ts';

const port = (position: 'top' | 'bottom') => ({
  position,
  attrs: { circle: { r: 5, magnet: true, stroke: '#409eff', strokeWidth: 1.5, fill: '#fff' } },
});

export function registerNodeShape(): void {
  register({
    shape: NODE_SHAPE,
    width: NODE_SIZE.width,
    height: NODE_SIZE.height,
    component: NodeCard,
    ports: { groups: { in: port('top'), out: port('bottom') } },
  });
}
