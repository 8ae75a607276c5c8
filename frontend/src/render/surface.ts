/**
 * 3D landscape: the grid as a lit, colour-mapped surface (three.js, WebGL), with contour
 * lines projected on the floor, the optimizer's path on the surface, the non-finite points
 * marked on the floor, an axis frame with ticks, and the colour bar beside it. Orbit / zoom
 * with the mouse (OrbitControls) or the keyboard; the camera survives `draw`, which only
 * refills the buffers (the surface geometry is reused while the grid shape stays the same).
 * Renders on demand, never in a loop. The maths lives in `compute/mesh.ts`.
 *
 * Axes: nice ticks (1-2-5 steps) on x, y and the vertical axis, laid out again at every
 * render for the camera of the moment (`compute/ticklabels.ts`): the x and y ticks on the
 * nearer floor edges, the vertical axis at the leftmost corner, fewer ticks where their
 * labels would touch, and no label that overlaps another or leaves the canvas. The labels
 * are SVG text over the canvas (`data-testid="surface-labels"`), coloured by the theme's
 * CSS variables with a halo of the background, so they follow light and dark mode.
 */

import {
  Box3,
  BufferAttribute,
  BufferGeometry,
  CanvasTexture,
  Color,
  DirectionalLight,
  DoubleSide,
  DynamicDrawUsage,
  HemisphereLight,
  InstancedMesh,
  Line,
  LineBasicMaterial,
  LineSegments,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  type Object3D,
  PerspectiveCamera,
  PlaneGeometry,
  Points,
  PointsMaterial,
  Raycaster,
  Scene,
  Sphere,
  SphereGeometry,
  SRGBColorSpace,
  Vector2,
  Vector3,
  WebGLRenderer,
} from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { Colormap, NAN_COLOR, NEG_INF_COLOR, POS_INF_COLOR, type Rgb } from "../compute/colormap";
import { contourLines } from "../compute/contours";
import { clipCounts, countNonFinite } from "../compute/finite";
import { type Frame, metricValues } from "../compute/frame";
import { formatValue } from "../compute/labels";
import {
  allocSurface,
  fillSurface,
  floorSegments,
  type HeightScale,
  heightOf,
  heightScale,
  type Light,
  MARK_NAN,
  MARK_POS_INF,
  nonFiniteMarks,
  pickOrder,
  placePath,
  type PlaneLayout,
  planeLayout,
  pointVisible,
  raySpheres,
  raySurface,
  shadeSurface,
  SRGB_TO_LINEAR,
  type SurfaceBuffers,
  valueAtHit,
  worldToData,
  worldX,
  worldY,
} from "../compute/mesh";
import { effectiveDomain, levelThresholds, type ScaleKind, scaleTicks, ticks } from "../compute/scales";
import {
  type Box,
  boxBeyond,
  boxDepth,
  type Candidate,
  type FloorCorner,
  fitTicks,
  pickAxes,
  placeLabels,
  unit,
} from "../compute/ticklabels";
import { pathColor, type PathPoint, pathPoints, type PathSpread, pathSpread, percentText } from "../compute/trajectory";
import { Colorbar } from "./colorbar";
import { h, rasterize, s as svgEl } from "./dom";
import { legend } from "./legend";
import { tinyPathText } from "./path";
import type { LandscapeRenderer, ViewOptions } from "./types";

/** World units: the plane's longer side, the surface's height, the floor below it. */
const SIDE = 2;
const HEIGHT = 1;
const FLOOR_Z = -0.22;
const CONTOUR_LEVELS = 10;
const FOV = 30;
/** Width of the colour bar beside the canvas: the gap, the bar and its tick labels. */
const COLORBAR_ROOM = 8 + 14 + 56;
/** The initial camera: spherical angles around the target, z up (matplotlib's default view). */
const AZIMUTH = (-60 * Math.PI) / 180;
const ELEVATION = (28 * Math.PI) / 180;
const DISTANCE = 5.8;
const TARGET = new Vector3(0, 0, (FLOOR_Z + HEIGHT) / 2 - 0.05);
/** The surface's light, from above, in front and to the left of the initial camera. */
const SURFACE_LIGHT: Light = { dir: [-2, -3, 6], ambient: 0.5, diffuse: 0.6 };
/** Keyboard steps. */
const KEY_ANGLE = (10 * Math.PI) / 180;
const KEY_ZOOM = 0.85;
/** Path markers: radius of a point and of the current (last) one, in world units. */
const PATH_RADIUS = 0.028;
const PATH_CURRENT_RADIUS = 0.055;
/** Hover radius around a projected path point, CSS pixels. */
const PICK_PX = 9;
/** Axis labels: fonts (as the SVG draws them, for measuring), box heights, gaps, in CSS pixels. */
const LABEL_FONT_FAMILY = 'Roboto, "Helvetica Neue", Arial, sans-serif';
const TICK_FONT = `11px ${LABEL_FONT_FAMILY}`;
const TITLE_FONT = `12px ${LABEL_FONT_FAMILY}`;
const TICK_BOX_H = 13;
const TITLE_BOX_H = 15;
const LABEL_GAP = 3;
/** Room kept between two labels, pixels. */
const LABEL_PAD = 3;
/** Tick marks: length in world units. */
const TICK_LEN = 0.05;
/** At most one tick per this many pixels of axis on screen (before overlaps thin them). */
const X_TICK_PX = 55;
const Z_TICK_PX = 24;

export const SURFACE_CSS = `
.tbl-surface { display: inline-block; }
.tbl-surface-plot { position: relative; flex: none; }
.tbl-surface-labels { position: absolute; left: 0; top: 0; pointer-events: none; overflow: hidden; }
.tbl-surface-labels text {
  fill: var(--tbl-fg, #212121); font-size: 11px; font-family: ${LABEL_FONT_FAMILY};
  paint-order: stroke; stroke: var(--tbl-bg, #ffffff); stroke-width: 3px; stroke-linejoin: round;
}
.tbl-surface-labels text.tbl-axis-title { fill: var(--tbl-muted, #616161); font-size: 12px; }
.tbl-surface-canvas { display: block; outline: none; cursor: grab; touch-action: none; border-radius: 2px; }
.tbl-surface-canvas:active { cursor: grabbing; }
.tbl-surface-canvas:focus-visible { outline: 2px solid var(--tbl-accent, #f57c00); outline-offset: 1px; }
.tbl-surface .tbl-readout, .tbl-surface .tbl-legend { margin-left: 0; }
.tbl-surface-hint { color: var(--tbl-muted, #616161); font-size: 11px; margin-top: 2px; }
.tbl-surface-message {
  color: var(--tbl-muted, #616161); font-size: 13px; padding: 24px 16px;
  border: 1px dashed var(--tbl-border, #e0e0e0); border-radius: 3px; max-width: 480px;
}
`;

/** What draw() last showed, for hover and re-rendering. */
interface Shown {
  frame: Frame;
  values: Float32Array;
  layout: PlaneLayout;
  hs: HeightScale;
  metricName: string;
  points: PathPoint[];
  spread: PathSpread | null;
  pathPositions: Float32Array;
  /** The colour (and height) domain; null when no value is finite (no vertical ticks). */
  domain: [number, number] | null;
  scale: ScaleKind;
  /** Floor outline and centre cross (world segments); the axes are added per render. */
  frameSegments: number[];
}

interface Theme {
  bg: string;
  fg: string;
  muted: string;
  dark: boolean;
}

export class Surface implements LandscapeRenderer {
  readonly element = h("div", { class: "tbl-surface" });
  private readonly figure = h("div", { class: "tbl-row tbl-surface-figure" });
  private readonly plot = h("div", { class: "tbl-surface-plot" });
  private readonly labelLayer = svgEl("svg", { class: "tbl-surface-labels", "data-testid": "surface-labels", "aria-hidden": "true" });
  private readonly canvas = h("canvas", {
    "data-testid": "surface",
    class: "tbl-surface-canvas",
    tabindex: 0,
    role: "img",
    "aria-label": "3D loss surface: drag to orbit, scroll or +/- to zoom, arrow keys to turn, 0 or double-click to reset",
  });
  private readonly colorbar = new Colorbar();
  private readonly readout = h("div", { class: "tbl-readout", "data-testid": "readout-3d" }, ["\u00a0"]);
  private readonly hint = h("div", { class: "tbl-surface-hint" }, [
    "drag: orbit · right-drag: pan · scroll / + −: zoom · arrows: turn · 0 or double-click: reset",
  ]);
  private readonly legendSlot = h("div");
  private readonly message = h("div", { class: "tbl-surface-message", "data-testid": "surface-message", hidden: true });

  private renderer: WebGLRenderer | null = null;
  private controls: OrbitControls | null = null;
  private glError: string | null = null;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(FOV, 1.2, 0.05, 100);
  private size: [number, number] = [0, 0];

  // Scene contents.
  // Lit by a light baked into the vertex colours (mesh.ts:shadeSurface): no lighting per pixel.
  private readonly surfaceMaterial = new MeshBasicMaterial({
    vertexColors: true,
    side: DoubleSide,
    polygonOffset: true, // lines drawn on the surface (the path) stay in front of it
    polygonOffsetFactor: 1,
    polygonOffsetUnits: 1,
  });
  private readonly surfaceMesh = new Mesh(new BufferGeometry(), this.surfaceMaterial);
  private surf: SurfaceBuffers | null = null;
  // The floor and the frame take their colour from the material, times white vertex colours:
  // then they share the shader programs of the surface and the contours (each program costs
  // a compilation on the first render, slow on a software rasteriser).
  private readonly floorMaterial = new MeshBasicMaterial({
    vertexColors: true,
    polygonOffset: true,
    polygonOffsetFactor: 2,
    polygonOffsetUnits: 2,
  });
  private readonly floor = new Mesh(whiteColors(new PlaneGeometry(1, 1)), this.floorMaterial);
  private readonly frameMaterial = new LineBasicMaterial({ vertexColors: true });
  private readonly frameLines = new LineSegments(new BufferGeometry(), this.frameMaterial);
  private readonly contourMaterial = new LineBasicMaterial({ vertexColors: true });
  private readonly contours = new LineSegments(new BufferGeometry(), this.contourMaterial);
  private readonly dot = dotTexture();
  private readonly marksMaterial = new PointsMaterial({
    size: 7,
    sizeAttenuation: false,
    vertexColors: true,
    map: this.dot,
    alphaTest: 0.5,
    transparent: false,
  });
  private readonly marks = new Points(new BufferGeometry(), this.marksMaterial);
  private readonly pathLineMaterial = new LineBasicMaterial({ vertexColors: true });
  private readonly pathLine = new Line(new BufferGeometry(), this.pathLineMaterial);
  private readonly sphere = new SphereGeometry(1, 12, 8);
  private readonly pathMaterial = new MeshLambertMaterial();
  private pathDots = new InstancedMesh(this.sphere, this.pathMaterial, 1);
  /** What the last axis layout drew (frame segments, labels), to skip an unchanged one. */
  private axesKey = "";

  private shown: Shown | null = null;
  private theme: Theme | null = null;
  private readonly raycaster = new Raycaster();
  /** The last mouse position not yet picked, and the animation frame that will pick it. */
  private hoverAt: [number, number] | null = null;
  private hoverFrame = 0;
  private readonly cleanups: (() => void)[] = [];
  private disposed = false;

  constructor() {
    this.plot.append(this.canvas, this.labelLayer);
    this.figure.append(this.plot, this.colorbar.element);
    this.element.append(this.figure, this.readout, this.legendSlot, this.hint, this.message);
    this.element.dataset.vertices = "0";
    this.element.dataset.pathPoints = "0";

    this.camera.up.set(0, 0, 1);
    this.placeCamera();
    this.element.dataset.camera = this.cameraKey();
    this.scene.add(new HemisphereLight(0xffffff, 0x555555, 1.9));
    const sun = new DirectionalLight(0xffffff, 1.9);
    sun.position.set(-2, -3, 6);
    this.scene.add(sun);
    this.floor.position.z = FLOOR_Z;
    this.pathDots.count = 0;
    this.marks.frustumCulled = false;
    this.contours.frustumCulled = false;
    this.pathLine.frustumCulled = false;
    this.pathDots.frustumCulled = false;
    this.scene.add(this.floor, this.frameLines, this.contours, this.surfaceMesh, this.marks, this.pathLine, this.pathDots);

    this.listen(this.canvas, "dblclick", () => this.resetView());
    this.listen(this.canvas, "keydown", (e) => this.onKey(e as KeyboardEvent));
    this.listen(this.canvas, "pointermove", (e) => this.onPointerMove(e as PointerEvent));
    this.listen(this.canvas, "pointerleave", () => this.onPointerLeave());
    this.cleanups.push(() => {
      if (this.hoverFrame) cancelAnimationFrame(this.hoverFrame);
      this.hoverFrame = 0;
    });
    if (typeof MutationObserver === "function") {
      const observer = new MutationObserver(() => {
        if (!this.shown || !this.renderer) return;
        this.applyTheme(true);
        this.render();
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class", "style"] });
      this.cleanups.push(() => observer.disconnect());
    }
  }

  draw(frame: Frame, opts: ViewOptions): void {
    if (this.disposed) return;
    if (frame.header.dims !== 2) {
      this.showMessage("3D needs a 2D landscape");
      return;
    }
    const values = metricValues(frame, opts.metric);
    if (!this.ensureRenderer()) {
      this.showMessage(`3D view unavailable: ${this.glError}. The 2D view works without WebGL.`);
      return;
    }
    this.message.hidden = true;
    this.figure.hidden = false;
    this.hint.hidden = false;
    this.resize(opts);
    this.applyTheme(false);

    const { nx, ny } = frame;
    const [xAxis, yAxis] = frame.header.axes;
    const metricName = frame.header.metrics[opts.metric] ?? "";
    const layout = planeLayout(xAxis.coords, yAxis.coords, xAxis.unit === yAxis.unit, SIDE);
    const log = opts.scale === "log";
    // One domain for colours and heights, as the 2D view chooses it; values beyond it take
    // the end colours and are clamped in height (a clip range flattens a spike).
    const found = effectiveDomain(values, opts.domain, opts.scale);
    const domain = found ?? (log ? [0.1, 1] : [0, 1]);
    const hs = heightScale(domain, log, HEIGHT);
    const cmap = new Colormap(domain, { scale: opts.scale, palette: opts.palette });

    // The surface: same grid shape, same geometry (buffers refilled in place).
    const buf = this.surfaceBuffers(nx, ny);
    fillSurface(buf, values, layout, hs, cmap, true);
    shadeSurface(buf, SURFACE_LIGHT);
    const geom = this.surfaceMesh.geometry;
    for (const name of ["position", "normal", "color"]) {
      const a = geom.getAttribute(name) as BufferAttribute;
      a.needsUpdate = true;
    }
    if (buf.indexChanged) {
      const index = geom.getIndex()!;
      index.clearUpdateRanges();
      index.addUpdateRange(0, Math.max(1, buf.indexCount));
      index.needsUpdate = true;
      geom.setDrawRange(0, buf.indexCount);
    }
    // The box the surface lies in (raycasting and culling read it): known without a pass.
    const box = (geom.boundingBox ??= new Box3());
    box.min.set(-layout.halfX, -layout.halfY, 0);
    box.max.set(layout.halfX, layout.halfY, HEIGHT);
    const sphere = (geom.boundingSphere ??= new Sphere());
    box.getBoundingSphere(sphere);

    // Floor, frame, marks, contours, path, labels.
    this.floor.scale.set(2 * layout.halfX + 0.16, 2 * layout.halfY + 0.16, 1);
    const marks = nonFiniteMarks(values, layout, FLOOR_Z + 0.004);
    this.fillMarks(marks.positions, marks.kinds, marks.count);
    if (opts.floorContours) {
      const levels = levelThresholds(domain, opts.scale, CONTOUR_LEVELS);
      const lines = floorSegments(contourLines(values, nx, ny, levels), layout, FLOOR_Z + 0.002);
      const colors = new Float32Array(lines.segments * 6);
      const levelColors = levels.map((v) => linearRgb(cmap.color(v)));
      for (let s = 0; s < lines.segments; s++) {
        const c = levelColors[lines.level[s]];
        colors.set(c, s * 6);
        colors.set(c, s * 6 + 3);
      }
      this.fillLines(this.contours, lines.positions, colors, lines.segments * 2);
    } else {
      this.fillLines(this.contours, new Float32Array(0), new Float32Array(0), 0);
    }
    const traj = frame.header.trajectory;
    const points = opts.path && traj && traj.y ? pathPoints(traj) : [];
    const pathPositions = placePath(points, values, layout, hs, FLOOR_Z + 0.01);
    this.fillPath(points, pathPositions);
    const spread = pathSpread(points, xAxis.coords, yAxis.coords);

    // The DOM around the canvas.
    const counts = countNonFinite(values);
    const clip = clipCounts(values, domain);
    const [cx, cy] = frame.header.center;
    const barHeight = Math.max(60, Math.round(this.size[1] * 0.6));
    const barTitle = metricName + (log ? " (log)" : "");
    const barTop = Math.round(this.size[1] * 0.12);
    if (found) this.colorbar.draw(cmap, barHeight, barTitle, { top: barTop, clip });
    else this.colorbar.empty(barTitle, "no finite values", { top: barTop });
    const n = points.length;
    this.legendSlot.replaceChildren(
      legend(counts, {
        hatched: false,
        note: "no surface there; dots on the floor",
        center: { text: `centre (${formatValue(cx)}, ${formatValue(cy)})`, mark: "cross" },
        clip: { ...clip, low: cmap.colorAt(0), high: cmap.colorAt(1) },
        path:
          n > 0
            ? {
                count: n,
                first: points[0].step,
                last: points[n - 1].step,
                early: pathColor(0, n),
                late: pathColor(n - 1, n),
                tiny: tinyPathText(spread, 2, frame.header.method),
              }
            : null,
      }),
    );
    this.shown = {
      frame,
      values,
      layout,
      hs,
      metricName,
      points,
      spread,
      pathPositions,
      domain: found,
      scale: opts.scale,
      frameSegments: frameSegments(frame, layout),
    };
    this.axesKey = "";
    this.element.dataset.vertices = String(buf.vertexCount);
    this.element.dataset.pathPoints = String(points.length);
    this.element.dataset.pathSpread = spread ? String(spread.fraction) : "";
    this.render();
  }

  toPng(): Promise<Blob> {
    this.render();
    // The picture with its colour bar and legend (or the message shown instead), without the
    // hover read-out and the hint.
    return rasterize(this.element, (el) => el === this.readout || el === this.hint);
  }

  resetView(): void {
    if (this.controls) this.controls.reset();
    else this.placeCamera();
    this.render();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.cleanups.forEach((f) => f());
    this.cleanups.length = 0;
    this.controls?.dispose();
    this.controls = null;
    const seen = new Set<unknown>();
    const free = (x: { dispose(): void } | null | undefined) => {
      if (x && !seen.has(x)) {
        seen.add(x);
        x.dispose();
      }
    };
    this.scene.traverse((o: Object3D) => {
      const m = o as Partial<Mesh>;
      free(m.geometry);
      const mat = m.material;
      if (Array.isArray(mat)) mat.forEach(free);
      else free(mat);
      if (o instanceof InstancedMesh) free(o);
    });
    free(this.sphere);
    free(this.dot);
    this.labelLayer.replaceChildren();
    this.scene.clear();
    this.shown = null;
    if (this.renderer) {
      this.renderer.dispose();
      this.renderer.forceContextLoss();
      this.renderer = null;
    }
  }

  // -------------------------------------------------------------------------------------

  private listen(target: EventTarget, type: string, fn: (e: Event) => void): void {
    target.addEventListener(type, fn);
    this.cleanups.push(() => target.removeEventListener(type, fn));
  }

  /** Creates the WebGL renderer and the controls on first use; false when WebGL fails. */
  private ensureRenderer(): boolean {
    if (this.renderer) return true;
    if (this.glError) return false;
    try {
      // No MSAA on a software rasteriser (SwiftShader, llvmpipe): it costs about half of
      // every frame there. The drawing buffer is kept, so the picture can be copied (toPng,
      // screenshots of the canvas) after the page has shown it.
      this.renderer = new WebGLRenderer({ canvas: this.canvas, antialias: !softwareGl(), preserveDrawingBuffer: true });
    } catch (e) {
      this.glError = `WebGL could not be started (${(e as Error).message || String(e)})`;
      return false;
    }
    this.renderer.outputColorSpace = SRGBColorSpace;
    this.renderer.setPixelRatio(Math.max(1, Math.min(2, window.devicePixelRatio || 1)));
    const controls = new OrbitControls(this.camera, this.canvas);
    controls.target.copy(TARGET);
    controls.enableDamping = false;
    controls.minDistance = 1.2;
    controls.maxDistance = 30;
    controls.update();
    controls.saveState();
    controls.addEventListener("change", () => this.render());
    this.controls = controls;
    // three.js restores its own state after a lost context; the picture needs a new render.
    this.listen(this.canvas, "webglcontextrestored", () => this.render());
    return true;
  }

  private showMessage(text: string): void {
    this.message.textContent = text;
    this.message.hidden = false;
    this.figure.hidden = true;
    this.hint.hidden = true;
    this.readout.textContent = "\u00a0";
    this.legendSlot.replaceChildren();
    this.labelLayer.replaceChildren();
    this.axesKey = "";
    this.shown = null;
    this.element.dataset.vertices = "0";
    this.element.dataset.pathPoints = "0";
  }

  private placeCamera(): void {
    const c = Math.cos(ELEVATION);
    this.camera.position.set(
      TARGET.x + DISTANCE * c * Math.cos(AZIMUTH),
      TARGET.y + DISTANCE * c * Math.sin(AZIMUTH),
      TARGET.z + DISTANCE * Math.sin(ELEVATION),
    );
    this.camera.lookAt(TARGET);
  }

  /** The canvas: `opts.fit`'s height and the width the colour bar leaves (at most 2:1), else 1.15 x maxSide wide. */
  private resize(opts: ViewOptions): void {
    const height = Math.max(120, Math.round(opts.fit ? opts.fit.height : opts.maxSide));
    const width = opts.fit
      ? Math.max(160, Math.min(Math.round(opts.fit.width) - COLORBAR_ROOM, 2 * height))
      : Math.round(height * 1.15);
    if (this.size[0] === width && this.size[1] === height) return;
    this.size = [width, height];
    this.renderer!.setSize(width, height);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.labelLayer.setAttribute("width", String(width));
    this.labelLayer.setAttribute("height", String(height));
    this.axesKey = "";
  }

  private render(): void {
    if (!this.renderer || this.disposed) return;
    this.layoutAxes();
    this.renderer.render(this.scene, this.camera);
    this.element.dataset.camera = this.cameraKey();
  }

  /** The camera position, "x,y,z" to 2 decimals (world units; z up). */
  private cameraKey(): string {
    const p = this.camera.position;
    return `${p.x.toFixed(2)},${p.y.toFixed(2)},${p.z.toFixed(2)}`;
  }

  /** Reads the page's colours for the WebGL scene (clear colour, floor, frame); `force` re-applies them. */
  private applyTheme(force: boolean): void {
    const root = document.documentElement;
    const style = getComputedStyle(root);
    const dark = root.classList.contains("tbl-dark");
    const theme: Theme = {
      bg: style.getPropertyValue("--tbl-bg").trim() || (dark ? "#303030" : "#ffffff"),
      fg: style.getPropertyValue("--tbl-fg").trim() || (dark ? "#eeeeee" : "#212121"),
      muted: style.getPropertyValue("--tbl-muted").trim() || (dark ? "#bdbdbd" : "#616161"),
      dark,
    };
    const old = this.theme;
    if (!force && old && old.bg === theme.bg && old.fg === theme.fg && old.muted === theme.muted) return;
    this.theme = theme;
    const bg = safeColor(theme.bg, dark ? 0x303030 : 0xffffff);
    const fg = safeColor(theme.fg, dark ? 0xeeeeee : 0x212121);
    this.renderer?.setClearColor(bg, 1);
    this.floorMaterial.color.copy(bg).lerp(fg, dark ? 0.08 : 0.045);
    this.frameMaterial.color.copy(safeColor(theme.muted, 0x888888));
    // The labels are SVG text coloured by the theme's CSS variables: nothing to rebuild.
  }

  private surfaceBuffers(nx: number, ny: number): SurfaceBuffers {
    if (this.surf && this.surf.nx === nx && this.surf.ny === ny) return this.surf;
    const buf = allocSurface(nx, ny);
    const geom = new BufferGeometry();
    geom.setAttribute("position", new BufferAttribute(buf.positions, 3).setUsage(DynamicDrawUsage));
    geom.setAttribute("normal", new BufferAttribute(buf.normals, 3).setUsage(DynamicDrawUsage));
    geom.setAttribute("color", new BufferAttribute(buf.colors, 3).setUsage(DynamicDrawUsage));
    geom.setIndex(new BufferAttribute(buf.index, 1).setUsage(DynamicDrawUsage));
    this.surfaceMesh.geometry.dispose();
    this.surfaceMesh.geometry = geom;
    this.surf = buf;
    return buf;
  }

  /** Puts `count` vertices into a LineSegments / Line geometry, growing it when needed. */
  private fillLines(obj: LineSegments | Line, positions: Float32Array, colors: Float32Array, count: number): void {
    const geom = grow(obj, count);
    (geom.getAttribute("position").array as Float32Array).set(positions.subarray(0, count * 3));
    (geom.getAttribute("color").array as Float32Array).set(colors.subarray(0, count * 3));
    touch(geom, count);
  }

  private fillMarks(positions: Float32Array, kinds: Uint8Array, count: number): void {
    const geom = grow(this.marks, count);
    (geom.getAttribute("position").array as Float32Array).set(positions.subarray(0, count * 3));
    const col = geom.getAttribute("color").array as Float32Array;
    const rgb = [linearRgb(NAN_COLOR), linearRgb(POS_INF_COLOR), linearRgb(NEG_INF_COLOR)];
    for (let i = 0; i < count; i++) col.set(rgb[kinds[i]], i * 3);
    touch(geom, count);
  }

  private fillPath(points: PathPoint[], positions: Float32Array): void {
    const n = points.length;
    const colors = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) colors.set(linearRgb(pathColor(i, n)), i * 3);
    this.fillLines(this.pathLine, positions, colors, n);
    if (n > this.pathDots.instanceMatrix.count) {
      this.scene.remove(this.pathDots);
      this.pathDots.dispose();
      this.pathDots = new InstancedMesh(this.sphere, this.pathMaterial, Math.max(n, 2 * this.pathDots.instanceMatrix.count));
      this.pathDots.frustumCulled = false;
      this.scene.add(this.pathDots);
    }
    const m = new Matrix4();
    const c = new Color();
    for (let i = 0; i < n; i++) {
      const r = i === n - 1 ? PATH_CURRENT_RADIUS : PATH_RADIUS;
      m.makeScale(r, r, r).setPosition(positions[i * 3], positions[i * 3 + 1], positions[i * 3 + 2]);
      this.pathDots.setMatrixAt(i, m);
      const rgb = colors.subarray(i * 3, i * 3 + 3);
      this.pathDots.setColorAt(i, c.setRGB(rgb[0], rgb[1], rgb[2]));
    }
    this.pathDots.count = n;
    this.pathDots.instanceMatrix.needsUpdate = true;
    if (this.pathDots.instanceColor) this.pathDots.instanceColor.needsUpdate = true;
  }

  /**
   * The axes for the camera of the moment: picks the floor edges for the x and y ticks and
   * the corner for the vertical axis, fits nice ticks until their labels do not overlap,
   * places the titles beyond them, drops any label that would overlap one placed first or
   * leave the canvas, then draws the frame (outline, centre cross, axis lines and tick
   * marks) and the labels. Skipped when nothing it depends on moved.
   */
  private layoutAxes(): void {
    const sh = this.shown;
    if (!sh) return;
    const [W, H] = this.size;
    const cam = this.camera;
    cam.updateMatrixWorld();
    const key = `${cam.position.toArray().map((v) => v.toFixed(4))} ${cam.quaternion.toArray().map((v) => v.toFixed(5))} ${cam.zoom} ${W}x${H}`;
    if (key === this.axesKey) return;
    this.axesKey = key;

    const { layout, hs } = sh;
    const { halfX: X, halfY: Y } = layout;
    const z0 = FLOOR_Z;
    const v = new Vector3();
    const toScreen = (x: number, y: number, z: number): [number, number] | null => {
      v.set(x, y, z).project(cam);
      if (!(v.z >= -1 && v.z <= 1)) return null; // behind the camera or beyond the far plane
      return [((v.x + 1) / 2) * W, ((1 - v.y) / 2) * H];
    };
    const dirOnScreen = (from: number[], to: number[], fallback: [number, number]): [number, number] => {
      const a = toScreen(from[0], from[1], from[2]);
      const b = toScreen(to[0], to[1], to[2]);
      return a && b ? unit(b[0] - a[0], b[1] - a[1], fallback) : fallback;
    };
    const world: [number, number][] = [[-X, -Y], [X, -Y], [X, Y], [-X, Y]];
    const corners = world.map(([x, y]) => {
      const p = toScreen(x, y, z0);
      return { x: p ? p[0] : NaN, y: p ? p[1] : NaN, depth: cam.position.distanceTo(v.set(x, y, z0)) };
    }) as [FloorCorner, FloorCorner, FloorCorner, FloorCorner];
    const pick = pickAxes(corners);
    const seg: number[] = sh.frameSegments.slice();
    const cands: (Candidate & { text: string; axis: string; kind: "tick" | "title" })[] = [];
    const [xAxis, yAxis] = sh.frame.header.axes;

    // One floor axis: ticks along an edge, labels beyond it, the title beyond those.
    const floorAxis = (name: "x" | "y", coords: ArrayLike<number>, title: string) => {
      const n = coords.length;
      if (n < 2) return;
      const lo = coords[0];
      const hi = coords[n - 1];
      // The edge: x runs along y = yE (outwards: +-y), y along x = xE (outwards: +-x).
      const along = (t: number): number[] =>
        name === "x" ? [worldX(layout, t), pick.xEdge * Y, z0] : [pick.yEdge * X, worldY(layout, t), z0];
      const out = name === "x" ? [0, pick.xEdge * TICK_LEN, 0] : [pick.yEdge * TICK_LEN, 0, 0];
      const plus = (p: number[], d: number[], k = 1) => [p[0] + k * d[0], p[1] + k * d[1], p[2] + k * d[2]];
      const mid = along((lo + hi) / 2);
      const u = dirOnScreen(mid, plus(mid, out), [0, 1]);
      const a = toScreen(...(along(lo) as [number, number, number]));
      const b = toScreen(...(along(hi) as [number, number, number]));
      const lengthPx = a && b ? Math.hypot(b[0] - a[0], b[1] - a[1]) : 0;
      const fitted = fitTicks(
        (c) => ticks([lo, hi], c),
        Math.max(1, Math.min(8, Math.floor(lengthPx / X_TICK_PX))),
        (t) => {
          const p = plus(along(t.value), out);
          const q = toScreen(p[0], p[1], p[2]);
          return q ? boxBeyond(q[0], q[1], u[0], u[1], textWidth(t.label, TICK_FONT), TICK_BOX_H, LABEL_GAP) : null;
        },
        LABEL_PAD,
      );
      let depth = 0;
      fitted.ticks.forEach((t, i) => {
        const p = along(t.value);
        seg.push(...p, ...plus(p, out));
        cands.push({ box: fitted.boxes[i], priority: 1, text: t.label, axis: name, kind: "tick" });
        depth = Math.max(depth, boxDepth(u[0], u[1], fitted.boxes[i].width, fitted.boxes[i].height) + LABEL_GAP);
      });
      const m = toScreen(...(plus(mid, out) as [number, number, number]));
      if (m && title) {
        const box = boxBeyond(m[0], m[1], u[0], u[1], textWidth(title, TITLE_FONT), TITLE_BOX_H, LABEL_GAP + depth + 2);
        cands.push({ box, priority: 2, text: title, axis: name, kind: "title" });
      }
    };

    // The vertical axis at the picked corner: a line, ticks pointing away from the plane's
    // centre, labels to the side the ticks point to on screen, the metric's name on top.
    const [cx, cy] = world[pick.zCorner];
    const outXY = [Math.sign(cx) * TICK_LEN * Math.SQRT1_2, Math.sign(cy) * TICK_LEN * Math.SQRT1_2];
    seg.push(cx, cy, z0, cx, cy, HEIGHT);
    const zu = dirOnScreen([cx, cy, 0], [cx + outXY[0], cy + outXY[1], 0], [-1, 0]);
    const side: [number, number] = [zu[0] > 0 ? 1 : -1, 0];
    const bottom = toScreen(cx, cy, 0);
    const top = toScreen(cx, cy, HEIGHT);
    const zLength = bottom && top ? Math.hypot(top[0] - bottom[0], top[1] - bottom[1]) : 0;
    if (sh.domain) {
      const domain = sh.domain;
      const fitted = fitTicks(
        (c) => scaleTicks(domain, sh.scale, c),
        Math.max(1, Math.min(10, Math.floor(zLength / Z_TICK_PX))),
        (t) => {
          const z = heightOf(hs, t.value);
          const q = toScreen(cx + outXY[0], cy + outXY[1], z);
          return q ? boxBeyond(q[0], q[1], side[0], side[1], textWidth(t.label, TICK_FONT), TICK_BOX_H, LABEL_GAP) : null;
        },
        LABEL_PAD,
      );
      fitted.ticks.forEach((t, i) => {
        const z = heightOf(hs, t.value);
        seg.push(cx, cy, z, cx + outXY[0], cy + outXY[1], z);
        cands.push({ box: fitted.boxes[i], priority: 1, text: t.label, axis: "z", kind: "tick" });
      });
    }
    const zTitle = sh.metricName + (hs.log ? " (log)" : "");
    if (top && zTitle) {
      const box = boxBeyond(top[0], top[1], 0, -1, textWidth(zTitle, TITLE_FONT), TITLE_BOX_H, 8);
      cands.push({ box, priority: 2, text: zTitle, axis: "z", kind: "title" });
    }
    floorAxis("x", xAxis.coords, xAxis.label || "x");
    floorAxis("y", yAxis.coords, yAxis.label || "y");

    // The frame's lines.
    const positions = new Float32Array(seg);
    const geom = grow(this.frameLines, positions.length / 3);
    (geom.getAttribute("position").array as Float32Array).set(positions);
    (geom.getAttribute("color").array as Float32Array).fill(1, 0, positions.length);
    touch(geom, positions.length / 3);

    // The labels that fit, as SVG text (the theme's colours come from CSS).
    const bounds: Box = { x: 0, y: 0, width: W, height: H };
    const kept = placeLabels(cands, bounds, LABEL_PAD);
    this.labelLayer.replaceChildren(
      ...kept.map((i) => {
        const c = cands[i];
        return svgEl(
          "text",
          {
            class: c.kind === "title" ? "tbl-axis-title" : null,
            x: c.box.x.toFixed(1),
            y: (c.box.y + c.box.height / 2).toFixed(1),
            "dominant-baseline": "central",
            "data-axis": c.axis,
            "data-kind": c.kind,
          },
          [c.text],
        );
      }),
    );
    this.element.dataset.axes = `x:${pick.xEdge} y:${pick.yEdge} z:${pick.zCorner}`;
    this.element.dataset.labels = String(kept.length);
  }

  // -------------------------------------------------------------------------------------
  // Interaction

  private onKey(e: KeyboardEvent): void {
    if (!this.controls || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = this.controls.target;
    const offset = this.camera.position.clone().sub(target);
    let r = offset.length();
    let theta = Math.atan2(offset.y, offset.x); // azimuth around z
    let phi = Math.acos(Math.min(1, Math.max(-1, offset.z / r))); // from the z axis
    switch (e.key) {
      case "ArrowLeft":
        theta -= KEY_ANGLE;
        break;
      case "ArrowRight":
        theta += KEY_ANGLE;
        break;
      case "ArrowUp":
        phi -= KEY_ANGLE / 2;
        break;
      case "ArrowDown":
        phi += KEY_ANGLE / 2;
        break;
      case "+":
      case "=":
        r *= KEY_ZOOM;
        break;
      case "-":
      case "_":
        r /= KEY_ZOOM;
        break;
      case "0":
        e.preventDefault();
        e.stopPropagation();
        this.resetView();
        return;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation(); // the page's own keys (arrows step through the run) stay out of it
    phi = Math.min(Math.PI - 0.02, Math.max(0.02, phi));
    r = Math.min(this.controls.maxDistance, Math.max(this.controls.minDistance, r));
    this.camera.position.set(
      target.x + r * Math.sin(phi) * Math.cos(theta),
      target.y + r * Math.sin(phi) * Math.sin(theta),
      target.z + r * Math.cos(phi),
    );
    this.camera.lookAt(target);
    this.controls.update();
    this.render();
  }

  /** Pointer moves only record where the mouse is; the pick runs once per animation frame. */
  private onPointerMove(e: PointerEvent): void {
    if (!this.shown || !this.renderer || e.buttons !== 0) return;
    this.hoverAt = [e.clientX, e.clientY];
    if (this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const at = this.hoverAt;
      this.hoverAt = null;
      if (at && !this.disposed) this.hover(at[0], at[1]);
    });
  }

  private onPointerLeave(): void {
    if (this.hoverFrame) cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = 0;
    this.hoverAt = null;
    this.readout.textContent = "\u00a0";
  }

  /**
   * The read-out for the mouse at client (cx, cy). Only what the camera sees counts: a
   * path marker under the mouse in front of the surface; else the nearest path point within
   * PICK_PX on screen that the surface does not hide; else the point of the surface under
   * the mouse, its value interpolated there.
   */
  private hover(cx: number, cy: number): void {
    const s = this.shown;
    const buf = this.surf;
    if (!s || !buf) return;
    const rect = this.canvas.getBoundingClientRect();
    if (!(rect.width > 0 && rect.height > 0)) return;
    const px = cx - rect.left;
    const py = cy - rect.top;
    this.raycaster.setFromCamera(new Vector2((px / rect.width) * 2 - 1, 1 - (py / rect.height) * 2), this.camera);
    const { origin, direction } = this.raycaster.ray;
    const o = [origin.x, origin.y, origin.z];
    const d = [direction.x, direction.y, direction.z];
    const hit = raySurface(buf, o, d);
    const n = s.points.length;
    const radius = (i: number) => (i === n - 1 ? PATH_CURRENT_RADIUS : PATH_RADIUS);

    // The path: the nearest projected point within PICK_PX (ties to the later step) that the
    // surface does not hide; else a marker the ray meets before the surface (the big one of
    // the current point can reach beyond PICK_PX).
    let best = -1;
    if (n > 0) {
      const pixels = new Float32Array(n * 2);
      const v = new Vector3();
      for (let i = 0; i < n; i++) {
        v.set(s.pathPositions[i * 3], s.pathPositions[i * 3 + 1], s.pathPositions[i * 3 + 2]).project(this.camera);
        const inside = v.z >= -1 && v.z <= 1;
        pixels[i * 2] = inside ? ((v.x + 1) / 2) * rect.width : Infinity;
        pixels[i * 2 + 1] = inside ? ((1 - v.y) / 2) * rect.height : Infinity;
      }
      const eye = [this.camera.position.x, this.camera.position.y, this.camera.position.z];
      for (const i of pickOrder(pixels, px, py, PICK_PX)) {
        if (pointVisible(buf, eye, s.pathPositions, i, radius(i))) {
          best = i;
          break;
        }
      }
      if (best < 0) best = raySpheres(s.pathPositions, n, radius, o, d, hit ? hit.t : Infinity);
    }
    this.element.dataset.hover = best >= 0 ? `path:${best}` : hit ? "surface" : "";
    if (best >= 0) {
      const p = s.points[best];
      const tiny = s.spread?.tiny
        ? ` · the path barely moves in this plane (within ${percentText(s.spread.fraction)} of its span)`
        : "";
      this.readout.textContent =
        `step ${p.step}: on-plane loss = ${formatValue(p.planeLoss)}, true loss = ${formatValue(p.trueLoss)}, ` +
        `residual = ${formatValue(p.residual)}${tiny}`;
      return;
    }
    if (!hit) {
      this.readout.textContent = "\u00a0";
      return;
    }
    // The surface: where the ray meets it, the value interpolated over the hit triangle.
    const [x, y] = worldToData(s.layout, o[0] + hit.t * d[0], o[1] + hit.t * d[1]);
    const [xAxis, yAxis] = s.frame.header.axes;
    this.readout.textContent =
      `${xAxis.label || "x"} = ${formatValue(x)}, ${yAxis.label || "y"} = ${formatValue(y)}: ` +
      `${s.metricName} = ${formatValue(valueAtHit(s.values, hit, s.hs.log))}`;
  }
}

// ---------------------------------------------------------------------------------------

function linearRgb(c: Rgb): [number, number, number] {
  return [SRGB_TO_LINEAR[c[0]], SRGB_TO_LINEAR[c[1]], SRGB_TO_LINEAR[c[2]]];
}

function safeColor(css: string, fallback: number): Color {
  const c = new Color(fallback);
  if (/^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\)|[a-z]+)$/i.test(css)) {
    const saved = console.warn; // Color.setStyle warns on strings it does not know
    console.warn = () => {};
    try {
      c.setStyle(css);
    } finally {
      console.warn = saved;
    }
  }
  return c;
}

/**
 * The geometry of `obj` with position and color attributes holding at least `count`
 * vertices; a bigger geometry replaces it when it is too small.
 */
function grow(obj: Mesh | Line | Points, count: number): BufferGeometry {
  const geom = obj.geometry;
  const pos = geom.getAttribute("position") as BufferAttribute | undefined;
  if (pos && pos.count >= count) return geom;
  const cap = Math.max(count, 2 * (pos?.count ?? 0), 16);
  const next = new BufferGeometry();
  next.setAttribute("position", new BufferAttribute(new Float32Array(cap * 3), 3).setUsage(DynamicDrawUsage));
  next.setAttribute("color", new BufferAttribute(new Float32Array(cap * 3), 3).setUsage(DynamicDrawUsage));
  geom.dispose();
  obj.geometry = next;
  return next;
}

/** `geom` with a white colour per vertex (the material's colour shows unchanged). */
function whiteColors(geom: BufferGeometry): BufferGeometry {
  const n = geom.getAttribute("position").count;
  geom.setAttribute("color", new BufferAttribute(new Float32Array(n * 3).fill(1), 3));
  return geom;
}

/** Marks the first `count` vertices of `geom` for upload and draws only them. */
function touch(geom: BufferGeometry, count: number): void {
  for (const name of ["position", "color"]) {
    const a = geom.getAttribute(name) as BufferAttribute | undefined;
    if (!a) continue;
    a.clearUpdateRanges();
    a.addUpdateRange(0, Math.max(count, 1) * 3);
    a.needsUpdate = true;
  }
  geom.setDrawRange(0, count);
}

let software: boolean | null = null;

/**
 * Whether WebGL runs on a software rasteriser, by the renderer string of a throwaway
 * context (asked once per page).
 */
function softwareGl(): boolean {
  if (software !== null) return software;
  software = false;
  try {
    const gl = document.createElement("canvas").getContext("webgl");
    if (gl) {
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      software = /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
      gl.getExtension("WEBGL_lose_context")?.loseContext();
    }
  } catch {
    // No answer: assume hardware.
  }
  return software;
}

/** A round dot, for the marks of non-finite points. */
function dotTexture(): CanvasTexture {
  const c = document.createElement("canvas");
  c.width = c.height = 32;
  const ctx = c.getContext("2d");
  if (ctx) {
    ctx.fillStyle = "#ffffff";
    ctx.beginPath();
    ctx.arc(16, 16, 14, 0, 2 * Math.PI);
    ctx.fill();
  }
  const t = new CanvasTexture(c);
  t.colorSpace = SRGBColorSpace;
  return t;
}

/** The floor outline and the centre cross, as world line segments (x, y, z pairs). */
function frameSegments(frame: Frame, layout: PlaneLayout): number[] {
  const { halfX: X, halfY: Y } = layout;
  const z0 = FLOOR_Z;
  const seg: number[] = [];
  const line = (a: number[], b: number[]) => seg.push(...a, ...b);
  line([-X, -Y, z0], [X, -Y, z0]);
  line([X, -Y, z0], [X, Y, z0]);
  line([X, Y, z0], [-X, Y, z0]);
  line([-X, Y, z0], [-X, -Y, z0]);
  const [cx, cy] = frame.header.center;
  const wx = worldX(layout, cx);
  const wy = worldY(layout, cy);
  if (Number.isFinite(wx) && Number.isFinite(wy)) {
    line([wx - 0.06, wy, z0 + 0.003], [wx + 0.06, wy, z0 + 0.003]);
    line([wx, wy - 0.06, z0 + 0.003], [wx, wy + 0.06, z0 + 0.003]);
  }
  return seg;
}

let measureCtx: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Width in CSS pixels of `text` in `font` (measured once on a canvas; estimated without one). */
function textWidth(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let w = widths.get(key);
  if (w !== undefined) return w;
  if (measureCtx === undefined) measureCtx = document.createElement("canvas").getContext("2d");
  const size = parseFloat(font) || 11;
  if (measureCtx) {
    measureCtx.font = font;
    w = Math.ceil(measureCtx.measureText(text).width) + 1;
  } else {
    w = Math.ceil(text.length * size * 0.6);
  }
  if (widths.size > 4096) widths.clear();
  widths.set(key, w);
  return w;
}
