/** The layer registry: modules are added in order, follow their state, and one broken module is reported, not fatal. */
import { atom } from 'nanostores';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineLayer, mountLayers } from '../../src/map/layers/types';
import { $notices } from '../../src/state/notices';

const fakeMap = {} as MapLibreMap;

describe('mountLayers', () => {
  beforeEach(() => $notices.set([]));

  it('adds modules in order and calls update with every state change until unmounted', () => {
    const calls: string[] = [];
    const $n = atom(1);
    const unmount = mountLayers(fakeMap, [
      defineLayer({ id: 'a', add: () => void calls.push('add a') }),
      defineLayer({ id: 'b', state: $n, add: () => void calls.push('add b'), update: (_m, n) => void calls.push(`update b ${n}`), remove: () => void calls.push('remove b') }),
    ]);
    $n.set(2);
    unmount();
    $n.set(3);
    expect(calls).toEqual(['add a', 'add b', 'update b 1', 'update b 2', 'remove b']);
  });

  it('a module that throws is skipped with a notice naming it; the others still work', () => {
    const $n = atom(0);
    const seen: number[] = [];
    mountLayers(fakeMap, [
      defineLayer({ id: 'broken', add: () => { throw new Error('no such source'); } }),
      defineLayer({ id: 'bad-update', state: $n, add: () => {}, update: (_m, n) => { if (n === 1) throw new Error('boom'); } }),
      defineLayer({ id: 'fine', state: $n, add: () => {}, update: (_m, n) => void seen.push(n) }),
    ]);
    $n.set(1);
    $n.set(2);
    expect(seen).toEqual([0, 1, 2]);
    const ids = $notices.get().map((n) => n.id);
    expect(ids).toEqual(['layer-broken', 'layer-bad-update']);
    expect($notices.get()[0].params).toMatchObject({ layer: 'broken', detail: 'no such source' });
  });
});
