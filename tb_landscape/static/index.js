/*! tb-landscape frontend: the Landscape tab (generated from frontend/src by frontend/build.mjs; do not edit).
 * Bundled packages:
 *   d3-array@3.2.5 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-color@3.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-contour@4.0.3 (ISC, terms 1): Copyright 2012-2026 Mike Bostock
 *   d3-format@3.1.3 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-interpolate@3.0.2 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-scale@4.0.3 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-scale-chromatic@3.1.1 (ISC, terms 2): Copyright 2010-2026 Mike Bostock
 *   d3-time@3.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-time-format@4.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   three@0.187.0 (MIT, terms 3): Copyright © 2010-2026 three.js authors
 * Terms 1: Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 * Terms 2: Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE. Apache-Style Software License for ColorBrewer software and ColorBrewer Color Schemes Copyright 2002 Cynthia Brewer, Mark Harrower, and The Pennsylvania State University Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License. You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0 Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the specific language governing permissions and limitations under the License.
 * Terms 3: Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
var mf="TBL1",pt=class extends Error{constructor(e){super(e),this.name="FrameError"}},gf=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;function Zt(n,e){if(!(Number.isInteger(e)&&e>=0&&e<n.metricCount))throw new RangeError(`metric index ${e} out of range [0, ${n.metricCount})`);let t=n.nx*n.ny;return n.values.subarray(e*t,(e+1)*t)}function xf(n){let e=n instanceof ArrayBuffer?new Uint8Array(n):new Uint8Array(n.buffer,n.byteOffset,n.byteLength);if(e.length<8)throw new pt(`frame too short: ${e.length} bytes, a frame has at least 8`);let t=String.fromCharCode(e[0],e[1],e[2],e[3]);if(t!==mf)throw new pt(`bad magic ${JSON.stringify(t)}, expected "${mf}"`);let i=new DataView(e.buffer,e.byteOffset,8).getUint32(4,!0),r=8+i;if(r>e.length)throw new pt(`header length ${i} runs past the end of the ${e.length}-byte frame`);if(r%4!==0)throw new pt(`misaligned frame: 8 + header length (${i}) = ${r} is not a multiple of 4`);let s;try{let h=new TextDecoder("utf-8",{fatal:!0}).decode(e.subarray(8,r));s=JSON.parse(h)}catch(h){throw new pt(`header is not UTF-8 JSON: ${h.message}`)}let a=u0(s),o=a.shape,l=o.reduce((h,f)=>h*f,1),c=e.length-r;if(c!==l*4)throw new pt(`shape [${o.join(", ")}] needs ${l*4} bytes of float32 values, the frame has ${c}`);return{header:a,values:o0(e,r,l),metricCount:o[0],nx:o[o.length-1],ny:a.dims===2?o[1]:1}}function o0(n,e,t){let i=n.byteOffset+e;if(gf&&i%4===0)return new Float32Array(n.buffer,i,t);if(gf)return new Float32Array(n.slice(e,e+t*4).buffer);let r=new DataView(n.buffer,i,t*4),s=new Float32Array(t);for(let a=0;a<t;a++)s[a]=r.getFloat32(a*4,!0);return s}function Ba(n){return typeof n=="object"&&n!==null&&!Array.isArray(n)}var bf={NaN:NaN,Infinity:1/0,"-Infinity":-1/0};function Uc(n,e){if(typeof n=="number")return n;if(typeof n=="string"&&Object.prototype.hasOwnProperty.call(bf,n))return bf[n];throw new pt(`header.${e} is not a number: ${JSON.stringify(n)}`)}function Oa(n,e){return n==null?null:Uc(n,e)}function vs(n,e){if(!Array.isArray(n))throw new pt(`header.${e} is not an array`);return Float64Array.from(n,(t,i)=>Uc(t,`${e}[${i}]`))}function Ua(n,e){return n==null?null:vs(n,e)}function Ln(n,e,t){if(typeof n=="string")return n;if(n==null&&t!==void 0)return t;throw new pt(`header.${e} is not a string: ${JSON.stringify(n)}`)}function l0(n,e){if(typeof n=="number"&&Number.isInteger(n)&&n>=1)return n;throw new pt(`header.${e} is not a positive integer: ${JSON.stringify(n)}`)}function c0(n,e){if(!Ba(n))throw new pt(`header.axes[${e}] is not an object`);return{label:Ln(n.label,`axes[${e}].label`,""),unit:Ln(n.unit,`axes[${e}].unit`,""),coords:vs(n.coords,`axes[${e}].coords`),explained_variance:Oa(n.explained_variance,`axes[${e}].explained_variance`)}}function h0(n){if(n==null)return null;if(!Ba(n))throw new pt("header.trajectory is not an object or null");let e=vs(n.steps,"trajectory.steps");return{steps:Array.from(e),x:vs(n.x,"trajectory.x"),y:Ua(n.y,"trajectory.y"),plane_loss:Ua(n.plane_loss,"trajectory.plane_loss"),true_loss:Ua(n.true_loss,"trajectory.true_loss"),residual:Ua(n.residual,"trajectory.residual")}}function u0(n){if(!Ba(n))throw new pt("header is not a JSON object");let e=n.dims;if(e!==1&&e!==2)throw new pt(`header.dims must be 1 or 2, got ${JSON.stringify(e)}`);if(!Array.isArray(n.shape)||n.shape.length!==e+1)throw new pt(`header.shape must have ${e+1} entries for a ${e}D landscape, got ${JSON.stringify(n.shape)}`);let t=n.shape.map((o,l)=>l0(o,`shape[${l}]`));if(!Array.isArray(n.metrics)||n.metrics.length!==t[0])throw new pt(`header.metrics must name the ${t[0]} metrics of shape[0], got ${JSON.stringify(n.metrics)}`);let i=n.metrics.map((o,l)=>Ln(o,`metrics[${l}]`));if(!Array.isArray(n.axes)||n.axes.length!==e)throw new pt(`header.axes must have ${e} entries for a ${e}D landscape`);let r=n.axes.map(c0);r.forEach((o,l)=>{let c=t[t.length-1-l];if(o.coords.length!==c)throw new pt(`header.axes[${l}].coords has ${o.coords.length} entries, shape says ${c}`)});let s=n.center===void 0||n.center===null?new Array(e).fill(0):Array.from(vs(n.center,"center"));if(s.length!==e)throw new pt(`header.center must have ${e} entries, got ${s.length}`);let a=Uc(n.step,"step");if(!Number.isInteger(a))throw new pt(`header.step is not an integer: ${a}`);return{run:Ln(n.run,"run"),tag:Ln(n.tag,"tag"),step:a,wall_time:Oa(n.wall_time,"wall_time")??NaN,version:Oa(n.version,"version")??1,dims:e,shape:t,metrics:i,axes:r,center:s,method:Ln(n.method,"method",""),normalization:Ln(n.normalization,"normalization",""),seed:Oa(n.seed,"seed"),bn_mode:Ln(n.bn_mode,"bn_mode",""),data_description:Ln(n.data_description,"data_description",""),frame_id:Ln(n.frame_id,"frame_id",""),extra:Ba(n.extra)?n.extra:{},trajectory:h0(n.trajectory)}}var Ms=class extends Error{constructor(t,i,r){super(`${t}: ${r.trim()||"request failed"}`);this.status=t;this.url=i;this.name="ApiError"}},ka=class{constructor(e=(i,r)=>fetch(i,r),t="./"){this.fetchFn=e;this.base=t}url(e,t={}){let i=new URLSearchParams;for(let[s,a]of Object.entries(t))i.set(s,String(a));let r=i.toString();return`${this.base}${e}${r?`?${r}`:""}`}async tags(e){return(await this.get(this.url("tags"),e)).json()}async steps(e,t,i){return(await this.get(this.url("steps",{run:e,tag:t}),i)).json()}async landscape(e,t,i,r){let s={run:e,tag:t};i!==void 0&&(s.step=i);let o=await(await this.get(this.url("landscape",s),r)).arrayBuffer();return typeof performance<"u"&&typeof performance.mark=="function"&&performance.mark("tbl-frame-received"),xf(o)}async get(e,t){let i=await this.fetchFn(e,t?{signal:t}:void 0);if(!i.ok)throw new Ms(i.status,e,await i.text().catch(()=>""));return i}};var Oc=class{constructor(e,t){this.maxBytes=e;this.sizeOf=t;this.map=new Map;this.total=0}get bytes(){return this.total}get size(){return this.map.size}has(e){return this.map.has(e)}get(e){let t=this.map.get(e);if(t)return this.map.delete(e),this.map.set(e,t),t.value}peek(e){return this.map.get(e)?.value}set(e,t){let i=Math.max(0,this.sizeOf(t));if(this.delete(e),i>this.maxBytes)return!1;this.map.set(e,{value:t,bytes:i}),this.total+=i;for(let[r,s]of this.map){if(this.total<=this.maxBytes)break;this.map.delete(r),this.total-=s.bytes}return!0}delete(e){let t=this.map.get(e);return t?(this.map.delete(e),this.total-=t.bytes,!0):!1}clear(){this.map.clear(),this.total=0}keys(){return[...this.map.keys()]}};function f0(n){let e=n.header.axes.reduce((t,i)=>t+i.coords.byteLength,0);return n.values.buffer.byteLength+e+1024}function yf(n){let e=n.reduce((i,r)=>i*r,1),t=n.slice(1).reduce((i,r)=>i+r,0);return e*4+t*32+2048}function _f(n,e,t,i){return`${n}\0${e}\0${t}\0${i}`}function vf(n=67108864){return new Oc(n,f0)}function Qi(n){let e=1/0,t=-1/0;for(let i=0;i<n.length;i++){let r=n[i];Number.isFinite(r)&&(r<e&&(e=r),r>t&&(t=r))}return e<=t?[e,t]:null}function er(n){let e={nan:0,posInf:0,negInf:0};for(let t=0;t<n.length;t++){let i=n[t];i!==i?e.nan++:i===1/0?e.posInf++:i===-1/0&&e.negInf++}return e}function Mf(n){let e=[],t=-1;for(let i=0;i<=n.length;i++){let r=i<n.length&&Number.isFinite(n[i]);r&&t<0&&(t=i),!r&&t>=0&&(e.push([t,i]),t=-1)}return e}function tr(n,e){let[t,i]=e,r=0,s=0;for(let a=0;a<n.length;a++){let o=n[a];o<t?o!==-1/0&&r++:o>i&&o!==1/0&&s++}return{below:r,above:s}}var d0=1e-9;function p0(n,e){if(n.header.dims!==e.header.dims)return`A is ${n.header.dims}D and B is ${e.header.dims}D`;if(n.nx!==e.nx||n.ny!==e.ny){let i=r=>r.header.dims===2?`${r.nx} x ${r.ny}`:`${r.nx}`;return`the grids differ: A has ${i(n)} points, B has ${i(e)}`}let t=["x","y"];for(let i=0;i<n.header.axes.length;i++){let r=n.header.axes[i].coords,s=e.header.axes[i].coords;for(let a=0;a<r.length;a++){let o=Math.max(1,Math.abs(r[a]),Math.abs(s[a]));if(!(Math.abs(r[a]-s[a])<=d0*o))return`the ${t[i]} coordinates differ (point ${a}: ${r[a]} in A, ${s[a]} in B)`}}return null}function m0(n,e){if(n.length!==e.length)throw new RangeError(`lengths differ: ${n.length} and ${e.length}`);let t=new Float32Array(n.length);for(let i=0;i<n.length;i++)t[i]=n[i]-e[i];return t}function Bc(n){let e=Qi(n);if(!e)return null;let t=Math.max(Math.abs(e[0]),Math.abs(e[1]));return t>0?[-t,t]:[-1,1]}function Sf(n,e,t,i={a:"A",b:"B"}){let r=p0(n,e);if(r)return{ok:!1,error:`Cannot subtract ${i.b} from ${i.a}: ${r.replace(/\bA\b/g,i.a).replace(/\bB\b/g,i.b)}.`};let s=n.header.metrics.indexOf(t),a=e.header.metrics.indexOf(t);if(s<0||a<0)return{ok:!1,error:`Cannot subtract: ${s<0?i.a:i.b} has no metric "${t}".`};let o=m0(Zt(n,s),Zt(e,a));return{ok:!0,frame:{header:{...n.header,metrics:[`${t} (${i.a} − ${i.b})`],shape:n.header.dims===2?[1,n.ny,n.nx]:[1,n.nx],trajectory:null},values:o,metricCount:1,nx:n.nx,ny:n.ny},domain:Bc(o)}}function wf(n){if(n!==n)return"NaN";if(n===1/0)return"inf";if(n===-1/0)return"-inf";if(n===0)return Object.is(n,-0)?"-0":"0";let e=Math.fround(n);for(let t=1;t<=9;t++){let i=Number(e.toPrecision(t));if(Math.fround(i)===e)return String(i)}return String(e)}function kc(n){return n!==n?"NaN":n===1/0?"inf":n===-1/0?"-inf":String(n)}function g0(n){return/[",\r\n]/.test(n)?`"${n.replace(/"/g,'""')}"`:n}function Af(n){let{nx:e,ny:t,header:i}=n,r=i.dims,a=[[...r===2?["x","y"]:["x"],...i.metrics].map(g0).join(",")],o=i.metrics.map((h,f)=>Zt(n,f)),l=i.axes[0].coords,c=r===2?i.axes[1].coords:null;for(let h=0;h<t;h++)for(let f=0;f<e;f++){let u=h*e+f,d=c?[kc(l[f]),kc(c[h])]:[kc(l[f])];for(let p of o)d.push(wf(p[u]));a.push(d.join(","))}return a.join(`
`)+`
`}function b0(n){return n!==n?"NaN":n===1/0?"inf":n===-1/0?"-inf":null}function x0(n){return Number.isFinite(n)?Number(wf(n)):null}function nr(n){return n?Array.from(n,e=>Number.isFinite(e)?e:null):null}function y0(n){return n?{steps:n.steps.slice(),x:nr(n.x),y:nr(n.y),plane_loss:nr(n.plane_loss),true_loss:nr(n.true_loss),residual:nr(n.residual)}:null}function _0(n){let{nx:e,ny:t,header:i}=n,r={},s=[];return i.metrics.forEach((a,o)=>{let l=Zt(n,o),c=[];for(let h=0;h<t;h++){let f=new Array(e);for(let u=0;u<e;u++){let d=l[h*e+u],p=b0(d);p&&s.push({metric:a,index:i.dims===2?[h,u]:[u],value:p}),f[u]=x0(d)}c.push(f)}r[a]=i.dims===2?c:c[0]}),{run:i.run,tag:i.tag,step:i.step,wall_time:Number.isFinite(i.wall_time)?i.wall_time:null,dims:i.dims,metrics:i.metrics.slice(),axes:i.axes.map(a=>({label:a.label,unit:a.unit,coords:nr(a.coords)??[]})),values:r,non_finite:s,trajectory:y0(i.trajectory)}}function Ef(n){return JSON.stringify(_0(n))}function Tf(n,e){let t=n.map(i=>String(i)).join("_").normalize("NFC").replace(/[^\p{L}\p{N}.=+-]+/gu,"_").replace(/_+/g,"_").replace(/^[._]+/,"").replace(/[._]+$/,"");return t=Array.from(t).slice(0,150).join(""),t||(t="landscape"),`${t}.${e}`}function ir(n,e=""){let t=n.label,i=n.explained_variance;return typeof i=="number"&&Number.isFinite(i)&&!/\d\s*%/.test(t)&&(t+=`${t?" ":""}(${(i*100).toFixed(1)}% of variance)`),n.unit&&(t+=t?` [${n.unit}]`:n.unit),e&&(t+=t?` · ${e}`:e),t}function Cf(n,e,t="colour range"){return`${n} point${n===1?"":"s"} ${e} the ${t}`}function $e(n){if(n!==n)return"NaN";if(n===1/0)return"+inf";if(n===-1/0)return"-inf";if(n===0)return"0";let e=Math.abs(n);return e>=1e5||e<.001?n.toExponential(3):String(Number(n.toPrecision(4)))}var v0=6.4;function Rf(n,e){let t=Math.max(4,Math.floor(e/v0));return n.length<=t?n:`${n.slice(0,t-1).trimEnd()}…`}var M0="http://www.w3.org/2000/svg";function Pf(n,e){for(let[t,i]of Object.entries(e))i==null||i===!1||n.setAttribute(t,i===!0?"":String(i))}function ie(n,e={},t=[]){let i=document.createElement(n);return Pf(i,e),i.append(...t),i}function qe(n,e={},t=[]){let i=document.createElementNS(M0,n);return Pf(i,e),i.append(...t),i}function If(n,e,t){let i=Math.max(1,Math.min(3,window.devicePixelRatio||1));n.width=Math.round(e*i),n.height=Math.round(t*i),n.style.width=`${e}px`,n.style.height=`${t}px`;let r=n.getContext("2d");if(!r)throw new Error("canvas 2D context unavailable");return r.setTransform(i,0,0,i,0,0),r}function Lf(){return Math.max(1,Math.min(3,window.devicePixelRatio||1))}function zc(n,e,t){let i=Lf(),r=Math.round(e*i),s=Math.round(t*i),a;if(n.width!==r||n.height!==s?(n.width=r,n.height=s,a=n.getContext("2d")):(a=n.getContext("2d"),a&&(a.setTransform(1,0,0,1,0,0),a.globalCompositeOperation="source-over",a.globalAlpha=1,a.clearRect(0,0,r,s))),!a)throw new Error("canvas 2D context unavailable");return n.style.width!==`${e}px`&&(n.style.width=`${e}px`),n.style.height!==`${t}px`&&(n.style.height=`${t}px`),a.setTransform(i,0,0,i,0,0),a}function S0(n){let e=getComputedStyle(n).getPropertyValue("--tbl-bg").trim();if(e)return e;for(let t=n;t;t=t.parentElement){let i=getComputedStyle(t).backgroundColor;if(i&&!Nf(i))return i}return"#ffffff"}function Nf(n){return n==="transparent"||/^rgba\(.*,\s*0\)$/.test(n)}var w0=["fill","fill-opacity","stroke","stroke-width","stroke-opacity","stroke-dasharray","stroke-linecap","stroke-linejoin","opacity","font-family","font-size","font-weight","font-style","text-anchor","dominant-baseline","shape-rendering","visibility","display"],li=24;function A0(n){let e=n.getBoundingClientRect(),t=n.cloneNode(!0),i=[n,...Array.from(n.querySelectorAll("*"))],r=[t,...Array.from(t.querySelectorAll("*"))];i.forEach((l,c)=>{let h=getComputedStyle(l),f=w0.map(u=>`${u}:${h.getPropertyValue(u)}`).join(";");r[c].setAttribute("style",f)});let s=e.width+2*li,a=e.height+2*li;t.setAttribute("xmlns","http://www.w3.org/2000/svg"),t.setAttribute("width",String(s)),t.setAttribute("height",String(a)),t.setAttribute("viewBox",`${-li} ${-li} ${s} ${a}`),t.style.overflow="visible";let o="data:image/svg+xml;charset=utf-8,"+encodeURIComponent(new XMLSerializer().serializeToString(t));return new Promise((l,c)=>{let h=new Image;h.onload=()=>l(h),h.onerror=()=>c(new Error("SVG export failed")),h.src=o})}function E0(n){return new Promise((e,t)=>n.toBlob(i=>i?e(i):t(new Error("PNG export failed")),"image/png"))}async function rr(n,e=()=>!1){let t=n.getBoundingClientRect(),i=Lf(),r=[],s=1,a=1,o=p=>(s=Math.max(s,p.right-t.left),a=Math.max(a,p.bottom-t.top),[p.left-t.left,p.top-t.top,p.width,p.height]),l=p=>{if(p.nodeType===Node.TEXT_NODE){let m=(p.textContent??"").replace(/\s+/g," ").trim(),_=p.parentElement;if(!m||!_)return;let A=document.createRange();A.selectNodeContents(p);let M=Array.from(A.getClientRects()).filter(N=>N.width>0);if(M.length===0)return;let E=M.map(o),w=getComputedStyle(_),x=`${w.fontStyle} ${w.fontWeight} ${w.fontSize} ${w.fontFamily}`,S=w.color;r.push(Promise.resolve(N=>{N.font=x,N.fillStyle=S,N.textBaseline="middle",N.textAlign="left";let C=m.split(" "),P=0;E.forEach(([L,k,R,F],W)=>{let z=C[P++]??"";for(;P<C.length&&(W===E.length-1||N.measureText(`${z} ${C[P]}`).width<=R+1);)z+=` ${C[P++]}`;N.fillText(z,L,k+F/2)})}));return}if(!(p instanceof Element)||p!==n&&e(p))return;let b=getComputedStyle(p);if(b.display==="none"||b.visibility==="hidden")return;let g=p.getBoundingClientRect();if(p instanceof HTMLCanvasElement){if(p.width>0&&p.height>0){let m=o(g);r.push(Promise.resolve(_=>_.drawImage(p,...m)))}return}if(p instanceof SVGSVGElement){let[m,_,A,M]=o(g);r.push(A0(p).then(E=>w=>{w.drawImage(E,m-li,_-li,A+2*li,M+2*li)}));return}if(p!==n&&g.width>0&&g.height>0&&p.childNodes.length===0&&o(g),p!==n&&g.width>0&&g.height>0){let m=b.backgroundColor,_=p.classList.contains("tbl-hatched"),A=b.backgroundImage,M=/^linear-gradient\(to right, (rgb\([^)]*\)), (rgb\([^)]*\))\)$/.exec(A),E=parseFloat(b.borderTopWidth)||0,w=b.borderTopStyle,x=b.borderTopColor,S=(parseFloat(b.borderLeftWidth)||0)>0&&b.borderLeftStyle!=="none",N=b.borderLeftColor,C=parseFloat(b.borderTopLeftRadius)||0,[P,L,k,R]=[g.left-t.left,g.top-t.top,g.width,g.height];r.push(Promise.resolve(F=>{let W=C>=Math.min(k,R)/2-.5&&C>0,z=()=>{F.beginPath(),W?F.arc(P+k/2,L+R/2,Math.min(k,R)/2,0,2*Math.PI):F.rect(P,L,k,R)};if(M){let Q=F.createLinearGradient(P,0,P+k,0);Q.addColorStop(0,M[1]),Q.addColorStop(1,M[2]),F.fillStyle=Q,z(),F.fill()}else m&&!Nf(m)&&(F.fillStyle=m,z(),F.fill());if(_){F.save(),F.beginPath(),F.rect(P,L,k,R),F.clip(),F.strokeStyle="rgba(255, 255, 255, 0.9)",F.lineWidth=1.5,F.beginPath();for(let Q=-R;Q<k;Q+=5.5)F.moveTo(P+Q,L+R),F.lineTo(P+Q+R,L);F.stroke(),F.restore()}S&&!W?(F.strokeStyle=N,F.lineWidth=1,F.strokeRect(P+.5,L+.5,k-1,R-1)):S&&W?(F.strokeStyle=N,F.lineWidth=parseFloat(b.borderLeftWidth)||1,z(),F.stroke()):E>0&&w!=="none"&&(F.strokeStyle=x,F.lineWidth=E,F.setLineDash(w==="dashed"?[4,3]:w==="dotted"?[1,2]:[]),F.beginPath(),F.moveTo(P,L+E/2),F.lineTo(P+k,L+E/2),F.stroke(),F.setLineDash([]))}))}p.childNodes.forEach(l)};l(n);let c=await Promise.all(r),h=Math.max(1,Math.min(Math.ceil(t.width),Math.ceil(s+8))),f=Math.max(1,Math.min(Math.ceil(t.height),Math.ceil(a+4))),u=document.createElement("canvas");u.width=Math.round(h*i),u.height=Math.round(f*i);let d=u.getContext("2d");if(!d)throw new Error("canvas 2D context unavailable");d.setTransform(i,0,0,i,0,0),d.fillStyle=S0(n),d.fillRect(0,0,h,f);for(let p of c)p(d);return E0(u)}var Df={metric:0,scale:"linear",domain:null,palette:"sequential",style:"heatmap",path:!0,floorContours:!0,overlays:[],maxSide:480};function lr(n,e,t){n.prototype=e.prototype=t,t.constructor=n}function As(n,e){var t=Object.create(n.prototype);for(var i in e)t[i]=e[i];return t}function ci(){}var Di=.7,or=1/Di,sr="\\s*([+-]?\\d+)\\s*",Ss="\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*",Nn="\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*",T0=/^#([0-9a-f]{3,8})$/,C0=new RegExp(`^rgb\\(${sr},${sr},${sr}\\)$`),R0=new RegExp(`^rgb\\(${Nn},${Nn},${Nn}\\)$`),P0=new RegExp(`^rgba\\(${sr},${sr},${sr},${Ss}\\)$`),I0=new RegExp(`^rgba\\(${Nn},${Nn},${Nn},${Ss}\\)$`),L0=new RegExp(`^hsl\\(${Ss},${Nn},${Nn}\\)$`),N0=new RegExp(`^hsla\\(${Ss},${Nn},${Nn},${Ss}\\)$`),Ff={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074};lr(ci,cr,{copy(n){return Object.assign(new this.constructor,this,n)},displayable(){return this.rgb().displayable()},hex:Uf,formatHex:Uf,formatHex8:D0,formatHsl:F0,formatRgb:Of,toString:Of});function Uf(){return this.rgb().formatHex()}function D0(){return this.rgb().formatHex8()}function F0(){return $f(this).formatHsl()}function Of(){return this.rgb().formatRgb()}function cr(n){var e,t;return n=(n+"").trim().toLowerCase(),(e=T0.exec(n))?(t=e[1].length,e=parseInt(e[1],16),t===6?Bf(e):t===3?new Rt(e>>8&15|e>>4&240,e>>4&15|e&240,(e&15)<<4|e&15,1):t===8?za(e>>24&255,e>>16&255,e>>8&255,(e&255)/255):t===4?za(e>>12&15|e>>8&240,e>>8&15|e>>4&240,e>>4&15|e&240,((e&15)<<4|e&15)/255):null):(e=C0.exec(n))?new Rt(e[1],e[2],e[3],1):(e=R0.exec(n))?new Rt(e[1]*255/100,e[2]*255/100,e[3]*255/100,1):(e=P0.exec(n))?za(e[1],e[2],e[3],e[4]):(e=I0.exec(n))?za(e[1]*255/100,e[2]*255/100,e[3]*255/100,e[4]):(e=L0.exec(n))?Vf(e[1],e[2]/100,e[3]/100,1):(e=N0.exec(n))?Vf(e[1],e[2]/100,e[3]/100,e[4]):Ff.hasOwnProperty(n)?Bf(Ff[n]):n==="transparent"?new Rt(NaN,NaN,NaN,0):null}function Bf(n){return new Rt(n>>16&255,n>>8&255,n&255,1)}function za(n,e,t,i){return i<=0&&(n=e=t=NaN),new Rt(n,e,t,i)}function $c(n){return n instanceof ci||(n=cr(n)),n?(n=n.rgb(),new Rt(n.r,n.g,n.b,n.opacity)):new Rt}function Fi(n,e,t,i){return arguments.length===1?$c(n):new Rt(n,e,t,i??1)}function Rt(n,e,t,i){this.r=+n,this.g=+e,this.b=+t,this.opacity=+i}lr(Rt,Fi,As(ci,{brighter(n){return n=n==null?or:Math.pow(or,n),new Rt(this.r*n,this.g*n,this.b*n,this.opacity)},darker(n){return n=n==null?Di:Math.pow(Di,n),new Rt(this.r*n,this.g*n,this.b*n,this.opacity)},rgb(){return this},clamp(){return new Rt(Li(this.r),Li(this.g),Li(this.b),Ga(this.opacity))},displayable(){return-.5<=this.r&&this.r<255.5&&-.5<=this.g&&this.g<255.5&&-.5<=this.b&&this.b<255.5&&0<=this.opacity&&this.opacity<=1},hex:kf,formatHex:kf,formatHex8:U0,formatRgb:zf,toString:zf}));function kf(){return`#${Ii(this.r)}${Ii(this.g)}${Ii(this.b)}`}function U0(){return`#${Ii(this.r)}${Ii(this.g)}${Ii(this.b)}${Ii((isNaN(this.opacity)?1:this.opacity)*255)}`}function zf(){let n=Ga(this.opacity);return`${n===1?"rgb(":"rgba("}${Li(this.r)}, ${Li(this.g)}, ${Li(this.b)}${n===1?")":`, ${n})`}`}function Ga(n){return isNaN(n)?1:Math.max(0,Math.min(1,n))}function Li(n){return Math.max(0,Math.min(255,Math.round(n)||0))}function Ii(n){return n=Li(n),(n<16?"0":"")+n.toString(16)}function Vf(n,e,t,i){return i<=0?n=e=t=NaN:t<=0||t>=1?n=e=NaN:e<=0&&(n=NaN),new _n(n,e,t,i)}function $f(n){if(n instanceof _n)return new _n(n.h,n.s,n.l,n.opacity);if(n instanceof ci||(n=cr(n)),!n)return new _n;if(n instanceof _n)return n;n=n.rgb();var e=n.r/255,t=n.g/255,i=n.b/255,r=Math.min(e,t,i),s=Math.max(e,t,i),a=NaN,o=s-r,l=(s+r)/2;return o?(e===s?a=(t-i)/o+(t<i)*6:t===s?a=(i-e)/o+2:a=(e-t)/o+4,o/=l<.5?s+r:2-s-r,a*=60):o=l>0&&l<1?0:a,new _n(a,o,l,n.opacity)}function Wa(n,e,t,i){return arguments.length===1?$f(n):new _n(n,e,t,i??1)}function _n(n,e,t,i){this.h=+n,this.s=+e,this.l=+t,this.opacity=+i}lr(_n,Wa,As(ci,{brighter(n){return n=n==null?or:Math.pow(or,n),new _n(this.h,this.s,this.l*n,this.opacity)},darker(n){return n=n==null?Di:Math.pow(Di,n),new _n(this.h,this.s,this.l*n,this.opacity)},rgb(){var n=this.h%360+(this.h<0)*360,e=isNaN(n)||isNaN(this.s)?0:this.s,t=this.l,i=t+(t<.5?t:1-t)*e,r=2*t-i;return new Rt(Vc(n>=240?n-240:n+120,r,i),Vc(n,r,i),Vc(n<120?n+240:n-120,r,i),this.opacity)},clamp(){return new _n(Gf(this.h),Va(this.s),Va(this.l),Ga(this.opacity))},displayable(){return(0<=this.s&&this.s<=1||isNaN(this.s))&&0<=this.l&&this.l<=1&&0<=this.opacity&&this.opacity<=1},formatHsl(){let n=Ga(this.opacity);return`${n===1?"hsl(":"hsla("}${Gf(this.h)}, ${Va(this.s)*100}%, ${Va(this.l)*100}%${n===1?")":`, ${n})`}`}}));function Gf(n){return n=(n||0)%360,n<0?n+360:n}function Va(n){return Math.max(0,Math.min(1,n||0))}function Vc(n,e,t){return(n<60?e+(t-e)*n/60:n<180?t:n<240?e+(t-e)*(240-n)/60:e)*255}var qf=Math.PI/180,Yf=180/Math.PI,Ha=18,Zf=.96422,Kf=1,Jf=.82521,jf=4/29,ar=6/29,Qf=3*ar*ar,O0=ar*ar*ar;function ed(n){if(n instanceof Dn)return new Dn(n.l,n.a,n.b,n.opacity);if(n instanceof Hn)return nd(n);n instanceof Rt||(n=$c(n));var e=Xc(n.r),t=Xc(n.g),i=Xc(n.b),r=Gc((.2225045*e+.7168786*t+.0606169*i)/Kf),s,a;return e===t&&t===i?s=a=r:(s=Gc((.4360747*e+.3850649*t+.1430804*i)/Zf),a=Gc((.0139322*e+.0971045*t+.7141733*i)/Jf)),new Dn(116*r-16,500*(s-r),200*(r-a),n.opacity)}function td(n,e,t,i){return arguments.length===1?ed(n):new Dn(n,e,t,i??1)}function Dn(n,e,t,i){this.l=+n,this.a=+e,this.b=+t,this.opacity=+i}lr(Dn,td,As(ci,{brighter(n){return new Dn(this.l+Ha*(n??1),this.a,this.b,this.opacity)},darker(n){return new Dn(this.l-Ha*(n??1),this.a,this.b,this.opacity)},rgb(){var n=(this.l+16)/116,e=isNaN(this.a)?n:n+this.a/500,t=isNaN(this.b)?n:n-this.b/200;return e=Zf*Hc(e),n=Kf*Hc(n),t=Jf*Hc(t),new Rt(Wc(3.1338561*e-1.6168667*n-.4906146*t),Wc(-.9787684*e+1.9161415*n+.033454*t),Wc(.0719453*e-.2289914*n+1.4052427*t),this.opacity)}}));function Gc(n){return n>O0?Math.pow(n,1/3):n/Qf+jf}function Hc(n){return n>ar?n*n*n:Qf*(n-jf)}function Wc(n){return 255*(n<=.0031308?12.92*n:1.055*Math.pow(n,1/2.4)-.055)}function Xc(n){return(n/=255)<=.04045?n/12.92:Math.pow((n+.055)/1.055,2.4)}function B0(n){if(n instanceof Hn)return new Hn(n.h,n.c,n.l,n.opacity);if(n instanceof Dn||(n=ed(n)),n.a===0&&n.b===0)return new Hn(NaN,0<n.l&&n.l<100?0:NaN,n.l,n.opacity);var e=Math.atan2(n.b,n.a)*Yf;return new Hn(e<0?e+360:e,Math.sqrt(n.a*n.a+n.b*n.b),n.l,n.opacity)}function Xa(n,e,t,i){return arguments.length===1?B0(n):new Hn(n,e,t,i??1)}function Hn(n,e,t,i){this.h=+n,this.c=+e,this.l=+t,this.opacity=+i}function nd(n){if(isNaN(n.h))return new Dn(n.l,0,0,n.opacity);var e=n.h*qf;return new Dn(n.l,Math.cos(e)*n.c,Math.sin(e)*n.c,n.opacity)}lr(Hn,Xa,As(ci,{brighter(n){return new Hn(this.h,this.c,this.l+Ha*(n??1),this.opacity)},darker(n){return new Hn(this.h,this.c,this.l-Ha*(n??1),this.opacity)},rgb(){return nd(this).rgb()}}));var id=-.14861,qc=1.78277,Yc=-.29227,$a=-.90649,ws=1.97294,Hf=ws*$a,Wf=ws*qc,Xf=qc*Yc-$a*id;function k0(n){if(n instanceof Ni)return new Ni(n.h,n.s,n.l,n.opacity);n instanceof Rt||(n=$c(n));var e=n.r/255,t=n.g/255,i=n.b/255,r=(Xf*i+Hf*e-Wf*t)/(Xf+Hf-Wf),s=i-r,a=(ws*(t-r)-Yc*s)/$a,o=Math.sqrt(a*a+s*s)/(ws*r*(1-r)),l=o?Math.atan2(a,s)*Yf-120:NaN;return new Ni(l<0?l+360:l,o,r,n.opacity)}function fn(n,e,t,i){return arguments.length===1?k0(n):new Ni(n,e,t,i??1)}function Ni(n,e,t,i){this.h=+n,this.s=+e,this.l=+t,this.opacity=+i}lr(Ni,fn,As(ci,{brighter(n){return n=n==null?or:Math.pow(or,n),new Ni(this.h,this.s,this.l*n,this.opacity)},darker(n){return n=n==null?Di:Math.pow(Di,n),new Ni(this.h,this.s,this.l*n,this.opacity)},rgb(){var n=isNaN(this.h)?0:(this.h+120)*qf,e=+this.l,t=isNaN(this.s)?0:this.s*e*(1-e),i=Math.cos(n),r=Math.sin(n);return new Rt(255*(e+t*(id*i+qc*r)),255*(e+t*(Yc*i+$a*r)),255*(e+t*(ws*i)),this.opacity)}}));function od(n,e,t,i,r){var s=n*n,a=s*n;return((1-3*n+3*s-a)*e+(4-6*s+3*a)*t+(1+3*n+3*s-3*a)*i+a*r)/6}function z0(n){var e=n.length-1;return function(t){var i=t<=0?t=0:t>=1?(t=1,e-1):Math.floor(t*e),r=n[i],s=n[i+1],a=i>0?n[i-1]:2*r-s,o=i<e-1?n[i+2]:2*s-r;return od((t-i/e)*e,a,r,s,o)}}function V0(n){var e=n.length;return function(t){var i=Math.floor(((t%=1)<0?++t:t)*e),r=n[(i+e-1)%e],s=n[i%e],a=n[(i+1)%e],o=n[(i+2)%e];return od((t-i/e)*e,r,s,a,o)}}var Ya=n=>()=>n;function ld(n,e){return function(t){return n+t*e}}function G0(n,e,t){return n=Math.pow(n,t),e=Math.pow(e,t)-n,t=1/t,function(i){return Math.pow(n+i*e,t)}}function jc(n,e){var t=e-n;return t?ld(n,t>180||t<-180?t-360*Math.round(t/360):t):Ya(isNaN(n)?e:n)}function H0(n){return(n=+n)==1?Kt:function(e,t){return t-e?G0(e,t,n):Ya(isNaN(e)?t:e)}}function Kt(n,e){var t=e-n;return t?ld(n,t):Ya(isNaN(n)?e:n)}var rd=(function n(e){var t=H0(e);function i(r,s){var a=t((r=Fi(r)).r,(s=Fi(s)).r),o=t(r.g,s.g),l=t(r.b,s.b),c=Kt(r.opacity,s.opacity);return function(h){return r.r=a(h),r.g=o(h),r.b=l(h),r.opacity=c(h),r+""}}return i.gamma=n,i})(1);function cd(n){return function(e){var t=e.length,i=new Array(t),r=new Array(t),s=new Array(t),a,o;for(a=0;a<t;++a)o=Fi(e[a]),i[a]=o.r||0,r[a]=o.g||0,s[a]=o.b||0;return i=n(i),r=n(r),s=n(s),o.opacity=1,function(l){return o.r=i(l),o.g=r(l),o.b=s(l),o+""}}}var hd=cd(z0),Dw=cd(V0);function W0(n,e){e||(e=[]);var t=n?Math.min(e.length,n.length):0,i=e.slice(),r;return function(s){for(r=0;r<t;++r)i[r]=n[r]*(1-s)+e[r]*s;return i}}function X0(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function $0(n,e){var t=e?e.length:0,i=n?Math.min(t,n.length):0,r=new Array(i),s=new Array(t),a;for(a=0;a<i;++a)r[a]=Za(n[a],e[a]);for(;a<t;++a)s[a]=e[a];return function(o){for(a=0;a<i;++a)s[a]=r[a](o);return s}}function q0(n,e){var t=new Date;return n=+n,e=+e,function(i){return t.setTime(n*(1-i)+e*i),t}}function vn(n,e){return n=+n,e=+e,function(t){return n*(1-t)+e*t}}function Y0(n,e){var t={},i={},r;(n===null||typeof n!="object")&&(n={}),(e===null||typeof e!="object")&&(e={});for(r in e)r in n?t[r]=Za(n[r],e[r]):i[r]=e[r];return function(s){for(r in t)i[r]=t[r](s);return i}}var Kc=/[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g,Zc=new RegExp(Kc.source,"g");function Z0(n){return function(){return n}}function K0(n){return function(e){return n(e)+""}}function J0(n,e){var t=Kc.lastIndex=Zc.lastIndex=0,i,r,s,a=-1,o=[],l=[];for(n=n+"",e=e+"";(i=Kc.exec(n))&&(r=Zc.exec(e));)(s=r.index)>t&&(s=e.slice(t,s),o[a]?o[a]+=s:o[++a]=s),(i=i[0])===(r=r[0])?o[a]?o[a]+=r:o[++a]=r:(o[++a]=null,l.push({i:a,x:vn(i,r)})),t=Zc.lastIndex;return t<e.length&&(s=e.slice(t),o[a]?o[a]+=s:o[++a]=s),o.length<2?l[0]?K0(l[0].x):Z0(e):(e=l.length,function(c){for(var h=0,f;h<e;++h)o[(f=l[h]).i]=f.x(c);return o.join("")})}function Za(n,e){var t=typeof e,i;return e==null||t==="boolean"?Ya(e):(t==="number"?vn:t==="string"?(i=cr(e))?(e=i,rd):J0:e instanceof cr?rd:e instanceof Date?q0:X0(e)?W0:Array.isArray(e)?$0:typeof e.valueOf!="function"&&typeof e.toString!="function"||isNaN(e)?Y0:vn)(n,e)}function ud(n,e){return n=+n,e=+e,function(t){return Math.round(n*(1-t)+e*t)}}var sd=180/Math.PI,Jc={translateX:0,translateY:0,rotate:0,skewX:0,scaleX:1,scaleY:1};function fd(n,e,t,i,r,s){var a,o,l;return(a=Math.sqrt(n*n+e*e))&&(n/=a,e/=a),(l=n*t+e*i)&&(t-=n*l,i-=e*l),(o=Math.sqrt(t*t+i*i))&&(t/=o,i/=o,l/=o),n*i<e*t&&(n=-n,e=-e,l=-l,a=-a),{translateX:r,translateY:s,rotate:Math.atan2(e,n)*sd,skewX:Math.atan(l)*sd,scaleX:a,scaleY:o}}var qa;function j0(n){let e=new(typeof DOMMatrix=="function"?DOMMatrix:WebKitCSSMatrix)(n+"");return e.isIdentity?Jc:fd(e.a,e.b,e.c,e.d,e.e,e.f)}function Q0(n){return n==null||(qa||(qa=document.createElementNS("http://www.w3.org/2000/svg","g")),qa.setAttribute("transform",n),!(n=qa.transform.baseVal.consolidate()))?Jc:(n=n.matrix,fd(n.a,n.b,n.c,n.d,n.e,n.f))}function dd(n,e,t,i){function r(c){return c.length?c.pop()+" ":""}function s(c,h,f,u,d,p){if(c!==f||h!==u){var b=d.push("translate(",null,e,null,t);p.push({i:b-4,x:vn(c,f)},{i:b-2,x:vn(h,u)})}else(f||u)&&d.push("translate("+f+e+u+t)}function a(c,h,f,u){c!==h?(c-h>180?h+=360:h-c>180&&(c+=360),u.push({i:f.push(r(f)+"rotate(",null,i)-2,x:vn(c,h)})):h&&f.push(r(f)+"rotate("+h+i)}function o(c,h,f,u){c!==h?u.push({i:f.push(r(f)+"skewX(",null,i)-2,x:vn(c,h)}):h&&f.push(r(f)+"skewX("+h+i)}function l(c,h,f,u,d,p){if(c!==f||h!==u){var b=d.push(r(d)+"scale(",null,",",null,")");p.push({i:b-4,x:vn(c,f)},{i:b-2,x:vn(h,u)})}else(f!==1||u!==1)&&d.push(r(d)+"scale("+f+","+u+")")}return function(c,h){var f=[],u=[];return c=n(c),h=n(h),s(c.translateX,c.translateY,h.translateX,h.translateY,f,u),a(c.rotate,h.rotate,f,u),o(c.skewX,h.skewX,f,u),l(c.scaleX,c.scaleY,h.scaleX,h.scaleY,f,u),c=h=null,function(d){for(var p=-1,b=u.length,g;++p<b;)f[(g=u[p]).i]=g.x(d);return f.join("")}}}var Fw=dd(j0,"px, ","px)","deg)"),Uw=dd(Q0,", ",")",")"),eb=1e-12;function ad(n){return((n=Math.exp(n))+1/n)/2}function tb(n){return((n=Math.exp(n))-1/n)/2}function nb(n){return((n=Math.exp(2*n))-1)/(n+1)}var Ow=(function n(e,t,i){function r(s,a){var o=s[0],l=s[1],c=s[2],h=a[0],f=a[1],u=a[2],d=h-o,p=f-l,b=d*d+p*p,g,m;if(b<eb)m=Math.log(u/c)/e,g=function(x){return[o+x*d,l+x*p,c*Math.exp(e*x*m)]};else{var _=Math.sqrt(b),A=(u*u-c*c+i*b)/(2*c*t*_),M=(u*u-c*c-i*b)/(2*u*t*_),E=Math.log(Math.sqrt(A*A+1)-A),w=Math.log(Math.sqrt(M*M+1)-M);m=(w-E)/e,g=function(x){var S=x*m,N=ad(E),C=c/(t*_)*(N*nb(e*S+E)-tb(E));return[o+C*d,l+C*p,c*N/ad(e*S+E)]}}return g.duration=Math.abs(m)*1e3*e/Math.SQRT2,g}return r.rho=function(s){var a=Math.max(.001,+s),o=a*a,l=o*o;return n(a,o,l)},r})(Math.SQRT2,2,4);function pd(n){return function(e,t){var i=n((e=Wa(e)).h,(t=Wa(t)).h),r=Kt(e.s,t.s),s=Kt(e.l,t.l),a=Kt(e.opacity,t.opacity);return function(o){return e.h=i(o),e.s=r(o),e.l=s(o),e.opacity=a(o),e+""}}}var Bw=pd(jc),kw=pd(Kt);function md(n){return function(e,t){var i=n((e=Xa(e)).h,(t=Xa(t)).h),r=Kt(e.c,t.c),s=Kt(e.l,t.l),a=Kt(e.opacity,t.opacity);return function(o){return e.h=i(o),e.c=r(o),e.l=s(o),e.opacity=a(o),e+""}}}var zw=md(jc),Vw=md(Kt);function gd(n){return(function e(t){t=+t;function i(r,s){var a=n((r=fn(r)).h,(s=fn(s)).h),o=Kt(r.s,s.s),l=Kt(r.l,s.l),c=Kt(r.opacity,s.opacity);return function(h){return r.h=a(h),r.s=o(h),r.l=l(Math.pow(h,t)),r.opacity=c(h),r+""}}return i.gamma=e,i})(1)}var Gw=gd(jc),Ka=gd(Kt);function Be(n){for(var e=n.length/6|0,t=new Array(e),i=0;i<e;)t[i]="#"+n.slice(i*6,++i*6);return t}var $w=Be("1f77b4ff7f0e2ca02cd627289467bd8c564be377c27f7f7fbcbd2217becf"),qw=Be("7fc97fbeaed4fdc086ffff99386cb0f0027fbf5b17666666"),Yw=Be("1b9e77d95f027570b3e7298a66a61ee6ab02a6761d666666"),Zw=Be("4269d0efb118ff725c6cc5b03ca951ff8ab7a463f297bbf59c6b4e9498a0"),Kw=Be("a6cee31f78b4b2df8a33a02cfb9a99e31a1cfdbf6fff7f00cab2d66a3d9affff99b15928"),Jw=Be("fbb4aeb3cde3ccebc5decbe4fed9a6ffffcce5d8bdfddaecf2f2f2"),jw=Be("b3e2cdfdcdaccbd5e8f4cae4e6f5c9fff2aef1e2cccccccc"),Qw=Be("e41a1c377eb84daf4a984ea3ff7f00ffff33a65628f781bf999999"),eA=Be("66c2a5fc8d628da0cbe78ac3a6d854ffd92fe5c494b3b3b3"),tA=Be("8dd3c7ffffb3bebadafb807280b1d3fdb462b3de69fccde5d9d9d9bc80bdccebc5ffed6f"),Qc=Be("4e79a7f28e2ce1575976b7b259a14fedc949af7aa1ff9da79c755fbab0ab"),st=n=>hd(n[n.length-1]),ib=new Array(3).concat("d8b365f5f5f55ab4ac","a6611adfc27d80cdc1018571","a6611adfc27df5f5f580cdc1018571","8c510ad8b365f6e8c3c7eae55ab4ac01665e","8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e","8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e","8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e","5430058c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e003c30","5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30").map(Be),nA=st(ib),rb=new Array(3).concat("af8dc3f7f7f77fbf7b","7b3294c2a5cfa6dba0008837","7b3294c2a5cff7f7f7a6dba0008837","762a83af8dc3e7d4e8d9f0d37fbf7b1b7837","762a83af8dc3e7d4e8f7f7f7d9f0d37fbf7b1b7837","762a839970abc2a5cfe7d4e8d9f0d3a6dba05aae611b7837","762a839970abc2a5cfe7d4e8f7f7f7d9f0d3a6dba05aae611b7837","40004b762a839970abc2a5cfe7d4e8d9f0d3a6dba05aae611b783700441b","40004b762a839970abc2a5cfe7d4e8f7f7f7d9f0d3a6dba05aae611b783700441b").map(Be),iA=st(rb),sb=new Array(3).concat("e9a3c9f7f7f7a1d76a","d01c8bf1b6dab8e1864dac26","d01c8bf1b6daf7f7f7b8e1864dac26","c51b7de9a3c9fde0efe6f5d0a1d76a4d9221","c51b7de9a3c9fde0eff7f7f7e6f5d0a1d76a4d9221","c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221","c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221","8e0152c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221276419","8e0152c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221276419").map(Be),rA=st(sb),ab=new Array(3).concat("998ec3f7f7f7f1a340","5e3c99b2abd2fdb863e66101","5e3c99b2abd2f7f7f7fdb863e66101","542788998ec3d8daebfee0b6f1a340b35806","542788998ec3d8daebf7f7f7fee0b6f1a340b35806","5427888073acb2abd2d8daebfee0b6fdb863e08214b35806","5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b35806","2d004b5427888073acb2abd2d8daebfee0b6fdb863e08214b358067f3b08","2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08").map(Be),sA=st(ab),ob=new Array(3).concat("ef8a62f7f7f767a9cf","ca0020f4a58292c5de0571b0","ca0020f4a582f7f7f792c5de0571b0","b2182bef8a62fddbc7d1e5f067a9cf2166ac","b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac","b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac","b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac","67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061","67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061").map(Be),bd=st(ob),lb=new Array(3).concat("ef8a62ffffff999999","ca0020f4a582bababa404040","ca0020f4a582ffffffbababa404040","b2182bef8a62fddbc7e0e0e09999994d4d4d","b2182bef8a62fddbc7ffffffe0e0e09999994d4d4d","b2182bd6604df4a582fddbc7e0e0e0bababa8787874d4d4d","b2182bd6604df4a582fddbc7ffffffe0e0e0bababa8787874d4d4d","67001fb2182bd6604df4a582fddbc7e0e0e0bababa8787874d4d4d1a1a1a","67001fb2182bd6604df4a582fddbc7ffffffe0e0e0bababa8787874d4d4d1a1a1a").map(Be),aA=st(lb),cb=new Array(3).concat("fc8d59ffffbf91bfdb","d7191cfdae61abd9e92c7bb6","d7191cfdae61ffffbfabd9e92c7bb6","d73027fc8d59fee090e0f3f891bfdb4575b4","d73027fc8d59fee090ffffbfe0f3f891bfdb4575b4","d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4","d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4","a50026d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4313695","a50026d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4313695").map(Be),oA=st(cb),hb=new Array(3).concat("fc8d59ffffbf91cf60","d7191cfdae61a6d96a1a9641","d7191cfdae61ffffbfa6d96a1a9641","d73027fc8d59fee08bd9ef8b91cf601a9850","d73027fc8d59fee08bffffbfd9ef8b91cf601a9850","d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850","d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850","a50026d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850006837","a50026d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850006837").map(Be),lA=st(hb),ub=new Array(3).concat("fc8d59ffffbf99d594","d7191cfdae61abdda42b83ba","d7191cfdae61ffffbfabdda42b83ba","d53e4ffc8d59fee08be6f59899d5943288bd","d53e4ffc8d59fee08bffffbfe6f59899d5943288bd","d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd","d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd","9e0142d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd5e4fa2","9e0142d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd5e4fa2").map(Be),cA=st(ub),fb=new Array(3).concat("e5f5f999d8c92ca25f","edf8fbb2e2e266c2a4238b45","edf8fbb2e2e266c2a42ca25f006d2c","edf8fbccece699d8c966c2a42ca25f006d2c","edf8fbccece699d8c966c2a441ae76238b45005824","f7fcfde5f5f9ccece699d8c966c2a441ae76238b45005824","f7fcfde5f5f9ccece699d8c966c2a441ae76238b45006d2c00441b").map(Be),hA=st(fb),db=new Array(3).concat("e0ecf49ebcda8856a7","edf8fbb3cde38c96c688419d","edf8fbb3cde38c96c68856a7810f7c","edf8fbbfd3e69ebcda8c96c68856a7810f7c","edf8fbbfd3e69ebcda8c96c68c6bb188419d6e016b","f7fcfde0ecf4bfd3e69ebcda8c96c68c6bb188419d6e016b","f7fcfde0ecf4bfd3e69ebcda8c96c68c6bb188419d810f7c4d004b").map(Be),uA=st(db),pb=new Array(3).concat("e0f3dba8ddb543a2ca","f0f9e8bae4bc7bccc42b8cbe","f0f9e8bae4bc7bccc443a2ca0868ac","f0f9e8ccebc5a8ddb57bccc443a2ca0868ac","f0f9e8ccebc5a8ddb57bccc44eb3d32b8cbe08589e","f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe08589e","f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe0868ac084081").map(Be),fA=st(pb),mb=new Array(3).concat("fee8c8fdbb84e34a33","fef0d9fdcc8afc8d59d7301f","fef0d9fdcc8afc8d59e34a33b30000","fef0d9fdd49efdbb84fc8d59e34a33b30000","fef0d9fdd49efdbb84fc8d59ef6548d7301f990000","fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000","fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000").map(Be),dA=st(mb),gb=new Array(3).concat("ece2f0a6bddb1c9099","f6eff7bdc9e167a9cf02818a","f6eff7bdc9e167a9cf1c9099016c59","f6eff7d0d1e6a6bddb67a9cf1c9099016c59","f6eff7d0d1e6a6bddb67a9cf3690c002818a016450","fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016450","fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016c59014636").map(Be),pA=st(gb),bb=new Array(3).concat("ece7f2a6bddb2b8cbe","f1eef6bdc9e174a9cf0570b0","f1eef6bdc9e174a9cf2b8cbe045a8d","f1eef6d0d1e6a6bddb74a9cf2b8cbe045a8d","f1eef6d0d1e6a6bddb74a9cf3690c00570b0034e7b","fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0034e7b","fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0045a8d023858").map(Be),mA=st(bb),xb=new Array(3).concat("e7e1efc994c7dd1c77","f1eef6d7b5d8df65b0ce1256","f1eef6d7b5d8df65b0dd1c77980043","f1eef6d4b9dac994c7df65b0dd1c77980043","f1eef6d4b9dac994c7df65b0e7298ace125691003f","f7f4f9e7e1efd4b9dac994c7df65b0e7298ace125691003f","f7f4f9e7e1efd4b9dac994c7df65b0e7298ace125698004367001f").map(Be),gA=st(xb),yb=new Array(3).concat("fde0ddfa9fb5c51b8a","feebe2fbb4b9f768a1ae017e","feebe2fbb4b9f768a1c51b8a7a0177","feebe2fcc5c0fa9fb5f768a1c51b8a7a0177","feebe2fcc5c0fa9fb5f768a1dd3497ae017e7a0177","fff7f3fde0ddfcc5c0fa9fb5f768a1dd3497ae017e7a0177","fff7f3fde0ddfcc5c0fa9fb5f768a1dd3497ae017e7a017749006a").map(Be),bA=st(yb),_b=new Array(3).concat("edf8b17fcdbb2c7fb8","ffffcca1dab441b6c4225ea8","ffffcca1dab441b6c42c7fb8253494","ffffccc7e9b47fcdbb41b6c42c7fb8253494","ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84","ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84","ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58").map(Be),xA=st(_b),vb=new Array(3).concat("f7fcb9addd8e31a354","ffffccc2e69978c679238443","ffffccc2e69978c67931a354006837","ffffccd9f0a3addd8e78c67931a354006837","ffffccd9f0a3addd8e78c67941ab5d238443005a32","ffffe5f7fcb9d9f0a3addd8e78c67941ab5d238443005a32","ffffe5f7fcb9d9f0a3addd8e78c67941ab5d238443006837004529").map(Be),yA=st(vb),Mb=new Array(3).concat("fff7bcfec44fd95f0e","ffffd4fed98efe9929cc4c02","ffffd4fed98efe9929d95f0e993404","ffffd4fee391fec44ffe9929d95f0e993404","ffffd4fee391fec44ffe9929ec7014cc4c028c2d04","ffffe5fff7bcfee391fec44ffe9929ec7014cc4c028c2d04","ffffe5fff7bcfee391fec44ffe9929ec7014cc4c02993404662506").map(Be),_A=st(Mb),Sb=new Array(3).concat("ffeda0feb24cf03b20","ffffb2fecc5cfd8d3ce31a1c","ffffb2fecc5cfd8d3cf03b20bd0026","ffffb2fed976feb24cfd8d3cf03b20bd0026","ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026","ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026","ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026").map(Be),xd=st(Sb),wb=new Array(3).concat("deebf79ecae13182bd","eff3ffbdd7e76baed62171b5","eff3ffbdd7e76baed63182bd08519c","eff3ffc6dbef9ecae16baed63182bd08519c","eff3ffc6dbef9ecae16baed64292c62171b5084594","f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594","f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b").map(Be),vA=st(wb),Ab=new Array(3).concat("e5f5e0a1d99b31a354","edf8e9bae4b374c476238b45","edf8e9bae4b374c47631a354006d2c","edf8e9c7e9c0a1d99b74c47631a354006d2c","edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32","f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32","f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b").map(Be),MA=st(Ab),Eb=new Array(3).concat("f0f0f0bdbdbd636363","f7f7f7cccccc969696525252","f7f7f7cccccc969696636363252525","f7f7f7d9d9d9bdbdbd969696636363252525","f7f7f7d9d9d9bdbdbd969696737373525252252525","fffffff0f0f0d9d9d9bdbdbd969696737373525252252525","fffffff0f0f0d9d9d9bdbdbd969696737373525252252525000000").map(Be),SA=st(Eb),Tb=new Array(3).concat("efedf5bcbddc756bb1","f2f0f7cbc9e29e9ac86a51a3","f2f0f7cbc9e29e9ac8756bb154278f","f2f0f7dadaebbcbddc9e9ac8756bb154278f","f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486","fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486","fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d").map(Be),wA=st(Tb),Cb=new Array(3).concat("fee0d2fc9272de2d26","fee5d9fcae91fb6a4acb181d","fee5d9fcae91fb6a4ade2d26a50f15","fee5d9fcbba1fc9272fb6a4ade2d26a50f15","fee5d9fcbba1fc9272fb6a4aef3b2ccb181d99000d","fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181d99000d","fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181da50f1567000d").map(Be),AA=st(Cb),Rb=new Array(3).concat("fee6cefdae6be6550d","feeddefdbe85fd8d3cd94701","feeddefdbe85fd8d3ce6550da63603","feeddefdd0a2fdae6bfd8d3ce6550da63603","feeddefdd0a2fdae6bfd8d3cf16913d948018c2d04","fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d948018c2d04","fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d94801a636037f2704").map(Be),EA=st(Rb);var TA=Ka(fn(300,.5,0),fn(-240,.5,1)),CA=Ka(fn(-100,.75,.35),fn(80,1.5,.8)),RA=Ka(fn(260,.75,.35),fn(80,1.5,.8)),PA=fn();var IA=Fi(),LA=Math.PI/3,NA=Math.PI*2/3;function Ja(n){var e=n.length;return function(t){return n[Math.max(0,Math.min(e-1,Math.floor(t*e)))]}}var yd=Ja(Be("44015444025645045745055946075a46085c460a5d460b5e470d60470e6147106347116447136548146748166848176948186a481a6c481b6d481c6e481d6f481f70482071482173482374482475482576482677482878482979472a7a472c7a472d7b472e7c472f7d46307e46327e46337f463480453581453781453882443983443a83443b84433d84433e85423f854240864241864142874144874045884046883f47883f48893e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b3b528b3a538b3a548c39558c39568c38588c38598c375a8c375b8d365c8d365d8d355e8d355f8d34608d34618d33628d33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e277e8e277f8e27808e26818e26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d218f8d21908d21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e9c891e9d891f9e891f9f881fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325ab8225ac8226ad8127ad8128ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838b9773aba763bbb753dbc743fbc7340bd7242be7144bf7046c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc8635ec96260ca6063cb5f65cb5e67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d84d44b86d54989d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcde11dd0e11cd2e21bd5e21ad8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61ef6e620f8e621fbe723fde725")),DA=Ja(Be("00000401000501010601010802010902020b02020d03030f03031204041405041606051806051a07061c08071e0907200a08220b09240c09260d0a290e0b2b100b2d110c2f120d31130d34140e36150e38160f3b180f3d19103f1a10421c10441d11471e114920114b21114e22115024125325125527125829115a2a115c2c115f2d11612f116331116533106734106936106b38106c390f6e3b0f703d0f713f0f72400f74420f75440f764510774710784910784a10794c117a4e117b4f127b51127c52137c54137d56147d57157e59157e5a167e5c167f5d177f5f187f601880621980641a80651a80671b80681c816a1c816b1d816d1d816e1e81701f81721f817320817521817621817822817922827b23827c23827e24828025828125818326818426818627818827818928818b29818c29818e2a81902a81912b81932b80942c80962c80982d80992d809b2e7f9c2e7f9e2f7fa02f7fa1307ea3307ea5317ea6317da8327daa337dab337cad347cae347bb0357bb2357bb3367ab5367ab73779b83779ba3878bc3978bd3977bf3a77c03a76c23b75c43c75c53c74c73d73c83e73ca3e72cc3f71cd4071cf4070d0416fd2426fd3436ed5446dd6456cd8456cd9466bdb476adc4869de4968df4a68e04c67e24d66e34e65e44f64e55064e75263e85362e95462ea5661eb5760ec5860ed5a5fee5b5eef5d5ef05f5ef1605df2625df2645cf3655cf4675cf4695cf56b5cf66c5cf66e5cf7705cf7725cf8745cf8765cf9785df9795df97b5dfa7d5efa7f5efa815ffb835ffb8560fb8761fc8961fc8a62fc8c63fc8e64fc9065fd9266fd9467fd9668fd9869fd9a6afd9b6bfe9d6cfe9f6dfea16efea36ffea571fea772fea973feaa74feac76feae77feb078feb27afeb47bfeb67cfeb77efeb97ffebb81febd82febf84fec185fec287fec488fec68afec88cfeca8dfecc8ffecd90fecf92fed194fed395fed597fed799fed89afdda9cfddc9efddea0fde0a1fde2a3fde3a5fde5a7fde7a9fde9aafdebacfcecaefceeb0fcf0b2fcf2b4fcf4b6fcf6b8fcf7b9fcf9bbfcfbbdfcfdbf")),FA=Ja(Be("00000401000501010601010802010a02020c02020e03021004031204031405041706041907051b08051d09061f0a07220b07240c08260d08290e092b10092d110a30120a32140b34150b37160b39180c3c190c3e1b0c411c0c431e0c451f0c48210c4a230c4c240c4f260c51280b53290b552b0b572d0b592f0a5b310a5c320a5e340a5f3609613809623909633b09643d09653e0966400a67420a68440a68450a69470b6a490b6a4a0c6b4c0c6b4d0d6c4f0d6c510e6c520e6d540f6d550f6d57106e59106e5a116e5c126e5d126e5f136e61136e62146e64156e65156e67166e69166e6a176e6c186e6d186e6f196e71196e721a6e741a6e751b6e771c6d781c6d7a1d6d7c1d6d7d1e6d7f1e6c801f6c82206c84206b85216b87216b88226a8a226a8c23698d23698f24699025689225689326679526679727669827669a28659b29649d29649f2a63a02a63a22b62a32c61a52c60a62d60a82e5fa92e5eab2f5ead305dae305cb0315bb1325ab3325ab43359b63458b73557b93556ba3655bc3754bd3853bf3952c03a51c13a50c33b4fc43c4ec63d4dc73e4cc83f4bca404acb4149cc4248ce4347cf4446d04545d24644d34743d44842d54a41d74b3fd84c3ed94d3dda4e3cdb503bdd513ade5238df5337e05536e15635e25734e35933e45a31e55c30e65d2fe75e2ee8602de9612bea632aeb6429eb6628ec6726ed6925ee6a24ef6c23ef6e21f06f20f1711ff1731df2741cf3761bf37819f47918f57b17f57d15f67e14f68013f78212f78410f8850ff8870ef8890cf98b0bf98c0af98e09fa9008fa9207fa9407fb9606fb9706fb9906fb9b06fb9d07fc9f07fca108fca309fca50afca60cfca80dfcaa0ffcac11fcae12fcb014fcb216fcb418fbb61afbb81dfbba1ffbbc21fbbe23fac026fac228fac42afac62df9c72ff9c932f9cb35f8cd37f8cf3af7d13df7d340f6d543f6d746f5d949f5db4cf4dd4ff4df53f4e156f3e35af3e55df2e661f2e865f2ea69f1ec6df1ed71f1ef75f1f179f2f27df2f482f3f586f3f68af4f88ef5f992f6fa96f8fb9af9fc9dfafda1fcffa4")),UA=Ja(Be("0d088710078813078916078a19068c1b068d1d068e20068f2206902406912605912805922a05932c05942e05952f059631059733059735049837049938049a3a049a3c049b3e049c3f049c41049d43039e44039e46039f48039f4903a04b03a14c02a14e02a25002a25102a35302a35502a45601a45801a45901a55b01a55c01a65e01a66001a66100a76300a76400a76600a76700a86900a86a00a86c00a86e00a86f00a87100a87201a87401a87501a87701a87801a87a02a87b02a87d03a87e03a88004a88104a78305a78405a78606a68707a68808a68a09a58b0aa58d0ba58e0ca48f0da4910ea3920fa39410a29511a19613a19814a099159f9a169f9c179e9d189d9e199da01a9ca11b9ba21d9aa31e9aa51f99a62098a72197a82296aa2395ab2494ac2694ad2793ae2892b02991b12a90b22b8fb32c8eb42e8db52f8cb6308bb7318ab83289ba3388bb3488bc3587bd3786be3885bf3984c03a83c13b82c23c81c33d80c43e7fc5407ec6417dc7427cc8437bc9447aca457acb4679cc4778cc4977cd4a76ce4b75cf4c74d04d73d14e72d24f71d35171d45270d5536fd5546ed6556dd7566cd8576bd9586ada5a6ada5b69db5c68dc5d67dd5e66de5f65de6164df6263e06363e16462e26561e26660e3685fe4695ee56a5de56b5de66c5ce76e5be76f5ae87059e97158e97257ea7457eb7556eb7655ec7754ed7953ed7a52ee7b51ef7c51ef7e50f07f4ff0804ef1814df1834cf2844bf3854bf3874af48849f48948f58b47f58c46f68d45f68f44f79044f79143f79342f89441f89540f9973ff9983ef99a3efa9b3dfa9c3cfa9e3bfb9f3afba139fba238fca338fca537fca636fca835fca934fdab33fdac33fdae32fdaf31fdb130fdb22ffdb42ffdb52efeb72dfeb82cfeba2cfebb2bfebd2afebe2afec029fdc229fdc328fdc527fdc627fdc827fdca26fdcb26fccd25fcce25fcd025fcd225fbd324fbd524fbd724fad824fada24f9dc24f9dd25f8df25f8e125f7e225f7e425f6e626f6e826f5e926f5eb27f4ed27f3ee27f3f027f2f227f1f426f1f525f0f724f0f921"));var Ui=[150,150,150],Oi=[230,0,230],Bi=[0,200,255];function vt(n){return`rgb(${n[0]}, ${n[1]}, ${n[2]})`}function eh(n){let e=/^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(n);if(e)return[+e[1],+e[2],+e[3]];let t=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(n);if(t)return[parseInt(t[1],16),parseInt(t[2],16),parseInt(t[3],16)];throw new Error(`unrecognised colour ${JSON.stringify(n)}`)}function Pb(n){return bd(1-n)}function Ib(n){return n==="diverging"?Pb:yd}function Lb(n,e,t="linear"){let[i,r]=e;if(t==="log"){let s=Math.log10(i);return Math.pow(10,s+n*(Math.log10(r)-s))}return i+n*(r-i)}var hr=class{constructor(e,t={}){this.scale=t.scale??"linear",this.palette=t.palette??"sequential",this.size=t.size??256,this.interpolate=t.interpolate??Ib(this.palette);let[i,r]=e;this.scale==="log"&&!(i>0)&&(i=r>0?r*1e-6:1e-6,r>i||(r=i*10)),this.domain=[i,r],this.l0=i>0?Math.log10(i):0,this.lspan=i>0&&r>i?Math.log10(r)-this.l0:0,this.lut=new Uint8Array(this.size*3);for(let s=0;s<this.size;s++)this.lut.set(eh(this.interpolate(s/(this.size-1))),s*3)}position(e){if(!Number.isFinite(e))return NaN;let[t,i]=this.domain;if(!(i>t))return .5;let r;if(this.scale==="log"){if(e<=0)return 0;r=(Math.log10(e)-this.l0)/this.lspan}else r=(e-t)/(i-t);return r<0?0:r>1?1:r}valueAt(e){return Lb(e,this.domain,this.scale)}color(e){if(e!==e)return Ui;if(e===1/0)return Oi;if(e===-1/0)return Bi;let t=this.lutOffset(e);return[this.lut[t],this.lut[t+1],this.lut[t+2]]}colorAt(e){let t=e<0?0:e>1?1:e,i=Math.round(t*(this.size-1))*3;return[this.lut[i],this.lut[i+1],this.lut[i+2]]}lutOffset(e){return Math.round(this.position(e)*(this.size-1))*3}};function _d(n,e,t,i,r){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);let s=r&&r.rgba.length===e*t*4&&r.mask.length===e*t*4,a=s?r.rgba:new Uint8ClampedArray(e*t*4),o=s?r.mask:new Uint8ClampedArray(e*t*4),l=i.lut,c=0;for(let h=0;h<t;h++){let f=t-1-h;for(let u=0;u<e;u++){let d=n[h*e+u],p=(f*e+u)*4;if(Number.isFinite(d)){let b=i.lutOffset(d);a[p]=l[b],a[p+1]=l[b+1],a[p+2]=l[b+2],o[p+3]=0}else{let b=i.color(d);a[p]=b[0],a[p+1]=b[1],a[p+2]=b[2],o[p+3]=255,c++}a[p+3]=255}}return{rgba:a,mask:o,nonFinite:c}}function Es(n,e){return n==null||e==null?NaN:n<e?-1:n>e?1:n>=e?0:NaN}function Nb(n,e){return n==null||e==null?NaN:e<n?-1:e>n?1:e>=n?0:NaN}function vd(n){let e,t,i;n.length!==2?(e=Es,t=(o,l)=>Es(n(o),l),i=(o,l)=>n(o)-l):(e=n===Es||n===Nb?n:Db,t=n,i=n);function r(o,l,c=0,h=o.length){if(c<h){if(e(l,l)!==0)return h;do{let f=c+h>>>1;t(o[f],l)<0?c=f+1:h=f}while(c<h)}return c}function s(o,l,c=0,h=o.length){if(c<h){if(e(l,l)!==0)return h;do{let f=c+h>>>1;t(o[f],l)<=0?c=f+1:h=f}while(c<h)}return c}function a(o,l,c=0,h=o.length){let f=r(o,l,c,h-1);return f>c&&i(o[f-1],l)>-i(o[f],l)?f-1:f}return{left:r,center:a,right:s}}function Db(){return 0}function Fb(n){return n===null?NaN:+n}var Md=vd(Es),Sd=Md.right,zA=Md.left,VA=vd(Fb).center;var Ub=wd(Ad),GA=wd(Ob);function wd(n){return function(e,t,i=t){if(!((t=+t)>=0))throw new RangeError("invalid rx");if(!((i=+i)>=0))throw new RangeError("invalid ry");let{data:r,width:s,height:a}=e;if(!((s=Math.floor(s))>=0))throw new RangeError("invalid width");if(!((a=Math.floor(a!==void 0?a:r.length/s))>=0))throw new RangeError("invalid height");if(!s||!a||!t&&!i)return e;let o=t&&n(t),l=i&&n(i),c=r.slice();return o&&l?(ur(o,c,r,s,a),ur(o,r,c,s,a),ur(o,c,r,s,a),fr(l,r,c,s,a),fr(l,c,r,s,a),fr(l,r,c,s,a)):o?(ur(o,r,c,s,a),ur(o,c,r,s,a),ur(o,r,c,s,a)):l&&(fr(l,r,c,s,a),fr(l,c,r,s,a),fr(l,r,c,s,a)),e}}function ur(n,e,t,i,r){for(let s=0,a=i*r;s<a;)n(e,t,s,s+=i,1)}function fr(n,e,t,i,r){for(let s=0,a=i*r;s<i;++s)n(e,t,s,s+a,i)}function Ob(n){let e=Ad(n);return(t,i,r,s,a)=>{r<<=2,s<<=2,a<<=2,e(t,i,r+0,s+0,a),e(t,i,r+1,s+1,a),e(t,i,r+2,s+2,a),e(t,i,r+3,s+3,a)}}function Ad(n){let e=Math.floor(n);if(e===n)return Bb(n);let t=n-e,i=2*n+1;return(r,s,a,o,l)=>{if(!((o-=l)>=a))return;let c=e*s[a],h=l*e,f=h+l;for(let u=a,d=a+h;u<d;u+=l)c+=s[Math.min(o,u)];for(let u=a,d=o;u<=d;u+=l)c+=s[Math.min(o,u+h)],r[u]=(c+t*(s[Math.max(a,u-f)]+s[Math.min(o,u+f)]))/i,c-=s[Math.max(a,u-h)]}}function Bb(n){let e=2*n+1;return(t,i,r,s,a)=>{if(!((s-=a)>=r))return;let o=n*i[r],l=a*n;for(let c=r,h=r+l;c<h;c+=a)o+=i[Math.min(s,c)];for(let c=r,h=s;c<=h;c+=a)o+=i[Math.min(s,c+l)],t[c]=o/e,o-=i[Math.max(r,c-l)]}}function kb(n,e){let t=0;if(e===void 0)for(let i of n)i!=null&&(i=+i)>=i&&++t;else{let i=-1;for(let r of n)(r=e(r,++i,n))!=null&&(r=+r)>=r&&++t}return t}function Ed(n,e){let t,i;if(e===void 0)for(let r of n)r!=null&&(t===void 0?r>=r&&(t=i=r):(t>r&&(t=r),i<r&&(i=r)));else{let r=-1;for(let s of n)(s=e(s,++r,n))!=null&&(t===void 0?s>=s&&(t=i=s):(t>s&&(t=s),i<s&&(i=s)))}return[t,i]}var zb=Array.prototype,HA=zb.slice;var Vb=Math.sqrt(50),Gb=Math.sqrt(10),Hb=Math.sqrt(2);function ja(n,e,t){let i=(e-n)/Math.max(0,t),r=Math.floor(Math.log10(i)),s=i/Math.pow(10,r),a=s>=Vb?10:s>=Gb?5:s>=Hb?2:1,o,l,c;return r<0?(c=Math.pow(10,-r)/a,o=Math.round(n*c),l=Math.round(e*c),o/c<n&&++o,l/c>e&&--l,c=-c):(c=Math.pow(10,r)*a,o=Math.round(n/c),l=Math.round(e/c),o*c<n&&++o,l*c>e&&--l),l<o&&.5<=t&&t<2?ja(n,e,t*2):[o,l,c]}function Qa(n,e,t){if(e=+e,n=+n,t=+t,!(t>0))return[];if(n===e)return[n];let i=e<n,[r,s,a]=i?ja(e,n,t):ja(n,e,t);if(!(s>=r))return[];let o=s-r+1,l=new Array(o);if(i)if(a<0)for(let c=0;c<o;++c)l[c]=(s-c)/-a;else for(let c=0;c<o;++c)l[c]=(s-c)*a;else if(a<0)for(let c=0;c<o;++c)l[c]=(r+c)/-a;else for(let c=0;c<o;++c)l[c]=(r+c)*a;return l}function Ts(n,e,t){return e=+e,n=+n,t=+t,ja(n,e,t)[2]}function Td(n,e,t){e=+e,n=+n,t=+t;let i=e<n,r=i?Ts(e,n,t):Ts(n,e,t);return(i?-1:1)*(r<0?1/-r:r)}function Cd(n,e,t){let i;for(;;){let r=Ts(n,e,t);if(r===i||r===0||!isFinite(r))return[n,e];if(r>0){let s=Math.ceil(n/r),a=Math.floor(e/r);n=(s-(s*r>n))*r,e=(a+(a*r<e))*r}else if(r<0){let s=-r,a=Math.ceil(n*s),o=Math.floor(e*s);n=(a-(a/s>n))/s,e=(o+(o/s<e))/s}i=r}}function Rd(n){return Math.max(1,Math.ceil(Math.log(kb(n))/Math.LN2)+1)}var WA=Wb(Math.random);function Wb(n){return function(t,i=0,r=t.length){let s=r-(i=+i);for(;s;){let a=n()*s--|0,o=t[s+i];t[s+i]=t[a+i],t[a+i]=o}return t}}function Xb(n){return Math.abs(n=Math.round(n))>=1e21?n.toLocaleString("en").replace(/,/g,""):n.toString(10)}function to(n,e){if(!isFinite(n)||n===0)return null;var t=(n=e?n.toExponential(e-1):n.toExponential()).indexOf("e"),i=n.slice(0,t);return[i.length>1?i[0]+i.slice(2):i,+n.slice(t+1)]}function dr(n){return n=to(Math.abs(n)),n?n[1]:NaN}function $b(n,e){return function(t,i){for(var r=t.length,s=[],a=0,o=n[0],l=0;r>0&&o>0&&(l+o+1>i&&(o=Math.max(1,i-l)),s.push(t.substring(r-=o,r+o)),!((l+=o+1)>i));)o=n[a=(a+1)%n.length];return s.reverse().join(e)}}function qb(n){return function(e){return e.replace(/[0-9]/g,function(t){return n[+t]})}}var Yb=/^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;function Cs(n){if(!(e=Yb.exec(n)))throw new Error("invalid format: "+n);var e;return new th({fill:e[1],align:e[2],sign:e[3],symbol:e[4],zero:e[5],width:e[6],comma:e[7],precision:e[8]&&e[8].slice(1),trim:e[9],type:e[10]})}Cs.prototype=th.prototype;function th(n){this.fill=n.fill===void 0?" ":n.fill+"",this.align=n.align===void 0?">":n.align+"",this.sign=n.sign===void 0?"-":n.sign+"",this.symbol=n.symbol===void 0?"":n.symbol+"",this.zero=!!n.zero,this.width=n.width===void 0?void 0:+n.width,this.comma=!!n.comma,this.precision=n.precision===void 0?void 0:+n.precision,this.trim=!!n.trim,this.type=n.type===void 0?"":n.type+""}th.prototype.toString=function(){return this.fill+this.align+this.sign+this.symbol+(this.zero?"0":"")+(this.width===void 0?"":Math.max(1,this.width|0))+(this.comma?",":"")+(this.precision===void 0?"":"."+Math.max(0,this.precision|0))+(this.trim?"~":"")+this.type};function Zb(n){e:for(var e=n.length,t=1,i=-1,r;t<e;++t)switch(n[t]){case".":i=r=t;break;case"0":i===0&&(i=t),r=t;break;default:if(!+n[t])break e;i>0&&(i=0);break}return i>0?n.slice(0,i)+n.slice(r+1):n}var no;function Kb(n,e){var t=to(n,e);if(!t)return no=void 0,n.toPrecision(e);var i=t[0],r=t[1],s=r-(no=Math.max(-8,Math.min(8,Math.floor(r/3)))*3)+1,a=i.length;return s===a?i:s>a?i+new Array(s-a+1).join("0"):s>0?i.slice(0,s)+"."+i.slice(s):"0."+new Array(1-s).join("0")+to(n,Math.max(0,e+s-1))[0]}function Pd(n,e){var t=to(n,e);if(!t)return n+"";var i=t[0],r=t[1];return r<0?"0."+new Array(-r).join("0")+i:i.length>r+1?i.slice(0,r+1)+"."+i.slice(r+1):i+new Array(r-i.length+2).join("0")}var Id={"%":(n,e)=>(n*100).toFixed(e),b:n=>Math.round(n).toString(2),c:n=>n+"",d:Xb,e:(n,e)=>n.toExponential(e),f:(n,e)=>n.toFixed(e),g:(n,e)=>n.toPrecision(e),o:n=>Math.round(n).toString(8),p:(n,e)=>Pd(n*100,e),r:Pd,s:Kb,X:n=>Math.round(n).toString(16).toUpperCase(),x:n=>Math.round(n).toString(16)};function Ld(n){return n}var Nd=Array.prototype.map,Dd=["y","z","a","f","p","n","µ","m","","k","M","G","T","P","E","Z","Y"];function Jb(n){var e=n.grouping===void 0||n.thousands===void 0?Ld:$b(Nd.call(n.grouping,Number),n.thousands+""),t=n.currency===void 0?"":n.currency[0]+"",i=n.currency===void 0?"":n.currency[1]+"",r=n.decimal===void 0?".":n.decimal+"",s=n.numerals===void 0?Ld:qb(Nd.call(n.numerals,String)),a=n.percent===void 0?"%":n.percent+"",o=n.minus===void 0?"−":n.minus+"",l=n.nan===void 0?"NaN":n.nan+"";function c(f,u){f=Cs(f);var d=f.fill,p=f.align,b=f.sign,g=f.symbol,m=f.zero,_=f.width,A=f.comma,M=f.precision,E=f.trim,w=f.type;w==="n"?(A=!0,w="g"):Id[w]||(M===void 0&&(M=12),E=!0,w="g"),(m||d==="0"&&p==="=")&&(m=!0,d="0",p="=");var x=(u&&u.prefix!==void 0?u.prefix:"")+(g==="$"?t:g==="#"&&/[boxX]/.test(w)?"0"+w.toLowerCase():""),S=(g==="$"?i:/[%p]/.test(w)?a:"")+(u&&u.suffix!==void 0?u.suffix:""),N=Id[w],C=/[defgprs%]/.test(w);M=M===void 0?6:/[gprs]/.test(w)?Math.max(1,Math.min(21,M)):Math.max(0,Math.min(20,M));function P(L){var k=x,R=S,F,W,z;if(w==="c")R=N(L)+R,L="";else{L=+L;var Q=L<0||1/L<0;if(L=isNaN(L)?l:N(Math.abs(L),M),E&&(L=Zb(L)),Q&&+L==0&&b!=="+"&&(Q=!1),k=(Q?b==="("?b:o:b==="-"||b==="("?"":b)+k,R=(w==="s"&&!isNaN(L)&&no!==void 0?Dd[8+no/3]:"")+R+(Q&&b==="("?")":""),C){for(F=-1,W=L.length;++F<W;)if(z=L.charCodeAt(F),48>z||z>57){R=(z===46?r+L.slice(F+1):L.slice(F))+R,L=L.slice(0,F);break}}}A&&!m&&(L=e(L,1/0));var $=k.length+L.length+R.length,K=$<_?new Array(_-$+1).join(d):"";switch(A&&m&&(L=e(K+L,K.length?_-R.length:1/0),K=""),p){case"<":L=k+L+R+K;break;case"=":L=k+K+L+R;break;case"^":L=K.slice(0,$=K.length>>1)+k+L+R+K.slice($);break;default:L=K+k+L+R;break}return s(L)}return P.toString=function(){return f+""},P}function h(f,u){var d=Math.max(-8,Math.min(8,Math.floor(dr(u)/3)))*3,p=Math.pow(10,-d),b=c((f=Cs(f),f.type="f",f),{suffix:Dd[8+d/3]});return function(g){return b(p*g)}}return{format:c,formatPrefix:h}}var eo,nh,ih;jb({thousands:",",grouping:[3],currency:["$",""]});function jb(n){return eo=Jb(n),nh=eo.format,ih=eo.formatPrefix,eo}function Fd(n){return Math.max(0,-dr(Math.abs(n)))}function Ud(n,e){return Math.max(0,Math.max(-8,Math.min(8,Math.floor(dr(e)/3)))*3-dr(Math.abs(n)))}function Od(n,e){return n=Math.abs(n),e=Math.abs(e)-n,Math.max(0,dr(e)-dr(n))+1}function Qb(n,e){switch(arguments.length){case 0:break;case 1:this.range(n);break;default:this.range(e).domain(n);break}return this}function ex(n){return function(){return n}}function tx(n){return+n}var Bd=[0,1];function pr(n){return n}function rh(n,e){return(e-=n=+n)?function(t){return(t-n)/e}:ex(isNaN(e)?NaN:.5)}function nx(n,e){var t;return n>e&&(t=n,n=e,e=t),function(i){return Math.max(n,Math.min(e,i))}}function ix(n,e,t){var i=n[0],r=n[1],s=e[0],a=e[1];return r<i?(i=rh(r,i),s=t(a,s)):(i=rh(i,r),s=t(s,a)),function(o){return s(i(o))}}function rx(n,e,t){var i=Math.min(n.length,e.length)-1,r=new Array(i),s=new Array(i),a=-1;for(n[i]<n[0]&&(n=n.slice().reverse(),e=e.slice().reverse());++a<i;)r[a]=rh(n[a],n[a+1]),s[a]=t(e[a],e[a+1]);return function(o){var l=Sd(n,o,1,i)-1;return s[l](r[l](o))}}function sx(n,e){return e.domain(n.domain()).range(n.range()).interpolate(n.interpolate()).clamp(n.clamp()).unknown(n.unknown())}function ax(){var n=Bd,e=Bd,t=Za,i,r,s,a=pr,o,l,c;function h(){var u=Math.min(n.length,e.length);return a!==pr&&(a=nx(n[0],n[u-1])),o=u>2?rx:ix,l=c=null,f}function f(u){return u==null||isNaN(u=+u)?s:(l||(l=o(n.map(i),e,t)))(i(a(u)))}return f.invert=function(u){return a(r((c||(c=o(e,n.map(i),vn)))(u)))},f.domain=function(u){return arguments.length?(n=Array.from(u,tx),h()):n.slice()},f.range=function(u){return arguments.length?(e=Array.from(u),h()):e.slice()},f.rangeRound=function(u){return e=Array.from(u),t=ud,h()},f.clamp=function(u){return arguments.length?(a=u?!0:pr,h()):a!==pr},f.interpolate=function(u){return arguments.length?(t=u,h()):t},f.unknown=function(u){return arguments.length?(s=u,f):s},function(u,d){return i=u,r=d,h()}}function ox(){return ax()(pr,pr)}function lx(n,e,t,i){var r=Td(n,e,t),s;switch(i=Cs(i??",f"),i.type){case"s":{var a=Math.max(Math.abs(n),Math.abs(e));return i.precision==null&&!isNaN(s=Ud(r,a))&&(i.precision=s),ih(i,a)}case"":case"e":case"g":case"p":case"r":{i.precision==null&&!isNaN(s=Od(r,Math.max(Math.abs(n),Math.abs(e))))&&(i.precision=s-(i.type==="e"));break}case"f":case"%":{i.precision==null&&!isNaN(s=Fd(r))&&(i.precision=s-(i.type==="%")*2);break}}return nh(i)}function cx(n){var e=n.domain;return n.ticks=function(t){var i=e();return Qa(i[0],i[i.length-1],t??10)},n.tickFormat=function(t,i){var r=e();return lx(r[0],r[r.length-1],t??10,i)},n.nice=function(t){t==null&&(t=10);var i=e(),r=0,s=i.length-1,a=i[r],o=i[s],l,c,h=10;for(o<a&&(c=a,a=o,o=c,c=r,r=s,s=c);h-- >0;){if(c=Ts(a,o,t),c===l)return i[r]=a,i[s]=o,e(i);if(c>0)a=Math.floor(a/c)*c,o=Math.ceil(o/c)*c;else if(c<0)a=Math.ceil(a*c)/c,o=Math.floor(o*c)/c;else break;l=c}return n},n}function mr(){var n=ox();return n.copy=function(){return sx(n,mr())},Qb.apply(n,arguments),cx(n)}function Qt(n,e){let t=n.length;if(t===1)return n[0]+e;let i=Math.min(Math.max(Math.floor(e),0),t-2);return n[i]+(e-i)*(n[i+1]-n[i])}function Mn(n,e){let t=n.length;if(t===1)return e-n[0];let i=0,r=t-2;for(;i<r;){let s=i+r+1>>1;n[s]<=e?i=s:r=s-1}return i+(e-n[i])/(n[i+1]-n[i])}function sh(n){return[Qt(n,-.5),Qt(n,n.length-.5)]}function Vd(n,e,t,i=480,r=.25){let s=Math.abs(n[1]-n[0]),a=Math.abs(e[1]-e[0]),o=t&&s>0&&a>0?a/s:1;return o=Math.min(Math.max(o,r),1/r),o<=1?{width:i,height:Math.round(i*o)}:{width:Math.round(i/o),height:i}}function hi(n,e=5){let[t,i]=n;if(!(Number.isFinite(t)&&Number.isFinite(i)))return[];if(t===i){let a=mr().domain([t-1,t+1]).tickFormat(e);return[{value:t,label:a(t)}]}let r=mr().domain([Math.min(t,i),Math.max(t,i)]),s=r.tickFormat(e);return r.ticks(e).map(a=>({value:a,label:s(a)}))}function kd(n){if(!n)return null;if(n[0]===n[1]){let e=Math.abs(n[0])*1e-6||1e-6;return[n[0]-e,n[1]+e]}return n}function Gd(n,e=10){let[t,i]=n;return t<i?mr().domain([t,i]).ticks(e).filter(r=>r>t&&r<i):[]}function zd(n,e=5){let[t,i]=n;if(t===i){let s=Math.abs(t)*.05||1;return[t-s,i+s]}let r=mr().domain([t,i]).nice(e).domain();return[r[0],r[1]]}function Hd(n,e){return+`${n}e${e}`}function hx(n,e){let t=Hd(n,e);return e>=-3&&e<5?String(t):`${n}e${e}`}function gr(n,e,t){let i=[],r=Math.floor(Math.log10(n))-1,s=Math.ceil(Math.log10(e))+1;for(let a=r;a<=s;a++)for(let o of t){let l=Hd(o,a);l>=n*(1-1e-9)&&l<=e*(1+1e-9)&&i.push({value:l,label:hx(o,a)})}return i}var Wd=(n,e)=>(n%e+e)%e,Xd=[1],$d=[1,2,5],qd=[1,2,3,4,5,6,7,8,9];function ux(n,e=5){let t=Math.min(n[0],n[1]),i=Math.max(n[0],n[1]);if(!(t>0&&Number.isFinite(i)))return[];if(t===i)return hi([t,i],e);let r=gr(t,i,Xd);if(r.length>e){let o=Math.ceil(r.length/e);return r.filter(l=>Wd(Math.round(Math.log10(l.value)),o)===0)}if(r.length>=3)return r;let s=gr(t,i,$d);if(s.length>e+2)return r.length>=2?r:s;if(s.length>=3)return s;let a=gr(t,i,qd);return a.length>=3&&a.length<=e+2?a:s.length>=2?s:a.length>=2?a.filter((o,l)=>l%2===0||l===a.length-1):hi([t,i],e).filter(o=>o.value>0)}function fx(n,e=10){let[t,i]=n;if(!(t>0&&i>t&&Number.isFinite(i)))return[];let r=o=>o.map(l=>l.value).filter(l=>l>t&&l<i),s=r(gr(t,i,$d));if(s.length>Math.ceil(e*1.5)){if(s=r(gr(t,i,Xd)),s.length>e){let o=Math.ceil(s.length/e);s=s.filter(l=>Wd(Math.round(Math.log10(l)),o)===0)}return s}if(s.length>=3)return s;let a=r(gr(t,i,qd));return a.length>=3?a:Gd(n,e).filter(o=>o>0)}function br(n,e,t=5){return e==="log"?ux(n,t):hi(n,t)}function io(n,e,t=10){return e==="log"?fx(n,t):Gd(n,t)}function ro(n,e,t){let i=null;if(e&&Number.isFinite(e[0])&&Number.isFinite(e[1])?i=kd([Math.min(e[0],e[1]),Math.max(e[0],e[1])]):i=kd(Qi(n)),!i||t!=="log")return i;let[r,s]=i;if(r<=0){let a=1/0;for(let o=0;o<n.length;o++){let l=n[o];l>0&&l<a&&l<=s&&(a=l)}if(a<1/0)r=a;else if(s>0)r=s/10;else return[.1,1]}return r===s?[r*(1-1e-6),s*(1+1e-6)]:[r,s]}function Yd(n,e,t){if(e&&Number.isFinite(e[0])&&Number.isFinite(e[1])){let i=Math.min(e[0],e[1]),r=Math.max(e[0],e[1]);if(t==="log"){let s=r>0?r:1,a=i>0?i:n&&n[0]>0&&n[0]<s?n[0]:s/10;return a<s?[a,s]:[a/1.1,s*1.1]}return i<r?[i,r]:zd([i,r])}if(t==="log"){if(!n||!(n[0]>0))return[.1,1];let[i,r]=n;if(i===r)return[i/1.25,r*1.25];let s=Math.log10(i),a=Math.log10(r),o=(a-s)*.05;return[Math.pow(10,s-o),Math.pow(10,a+o)]}return zd(n??[0,1])}function so(n,e){let t=n.length;return Number.isFinite(e)?Math.min(t-1,Math.max(0,Math.round(Mn(n,e)))):Math.floor((t-1)/2)}function ah(n,e){let t=Zt(n,e),i=n.header.axes;if(n.header.dims===1)return[{label:n.header.metrics[e],axis:0,coords:i[0].coords,values:t}];let{nx:r,ny:s}=n,[a,o]=n.header.center,l=i[0].coords,c=i[1].coords,h=so(c,o),f=so(l,a),u=new Float32Array(s);for(let p=0;p<s;p++)u[p]=t[p*r+f];let d=p=>i[p].label||(p===0?"x":"y");return[{label:`${d(0)} at ${d(1)} = ${$e(c[h])}`,axis:0,coords:l,values:t.subarray(h*r,(h+1)*r)},{label:`${d(1)} at ${d(0)} = ${$e(l[f])}`,axis:1,coords:c,values:u}]}function Zd(n,e,t){let i=n.header.metrics.indexOf(e);return i>=0?i:t>=0&&t<n.metricCount?t:-1}function oh(n,e,t){let i=n.length;if(i===0)return{x:NaN,value:NaN};let r=Mn(n,t);if(r<-.5||r>i-.5)return{x:NaN,value:NaN};let s=Math.min(i-1,Math.max(0,Math.round(r)));return{x:n[s],value:e[s]}}function Kd(n,e,t){let i=n.length;if(i===0||!(t>=n[0]&&t<=n[i-1]))return NaN;if(i===1)return e[0];let r=Mn(n,t),s=Math.min(i-2,Math.max(0,Math.floor(r))),a=r-s;return e[s]+a*(e[s+1]-e[s])}function xr(n){if(!n)return[];let e=[];for(let t=0;t<n.x.length;t++){let i=n.x[t],r=n.y?n.y[t]:0;!Number.isFinite(i)||!Number.isFinite(r)||e.push({step:n.steps[t],x:i,y:r,planeLoss:n.plane_loss?n.plane_loss[t]:NaN,trueLoss:n.true_loss?n.true_loss[t]:NaN,residual:n.residual?n.residual[t]:NaN})}return e}function yr(n,e){let t=e<=1?1:n/(e-1);return eh(xd(.25+.75*t))}function _r(n,e,t,i){let r=-1,s=i*i;for(let a=0;a<n.length;a++){let o=n[a][0]-e,l=n[a][1]-t,c=o*o+l*l;c<=s&&(r=a,s=c)}return r}var ao=4;function ui(n){let{side:e,x:t,y:i,length:r}=n,s=qe("g",{class:`tbl-axis tbl-axis-${e}`,transform:`translate(${t},${i})`}),a=e==="bottom";s.append(qe("line",a?{x1:0,y1:0,x2:r,y2:0}:{x1:0,y1:0,x2:0,y2:r}));for(let o of n.ticks)if(!(o.pos<-.5||o.pos>r+.5))if(a)s.append(qe("line",{x1:o.pos,y1:0,x2:o.pos,y2:ao}),qe("text",{x:o.pos,y:ao+2,"text-anchor":"middle","dominant-baseline":"hanging"},[o.label]));else{let l=e==="left"?-1:1;s.append(qe("line",{x1:0,y1:o.pos,x2:l*ao,y2:o.pos}),qe("text",{x:l*(ao+3),y:o.pos,"text-anchor":e==="left"?"end":"start","dominant-baseline":"middle"},[o.label]))}if(n.title){let o=n.titleOffset??30,l=Rf(n.title,r+40),c=a?qe("text",{class:"tbl-axis-title",x:r/2,y:o,"text-anchor":"middle"},[l]):qe("text",{class:"tbl-axis-title",transform:`translate(${e==="left"?-o:o},${r/2}) rotate(-90)`,"text-anchor":"middle"},[l]);l!==n.title&&c.append(qe("title",{},[n.title])),s.append(c)}return s}function Jd(n,e){return ie("span",{class:e?"tbl-swatch tbl-hatched":"tbl-swatch",style:`background-color: ${vt(n)}`})}function vr(n,e){let t=ie("div",{class:"tbl-legend","data-testid":"legend"}),i=e.series??[];i.length>1&&i.forEach(({label:o,color:l},c)=>{t.append(ie("span",{class:"tbl-legend-entry","data-kind":"series","data-index":c},[ie("span",{class:"tbl-series-swatch",style:`border-top-color: ${l}`}),o]))});let r=[[Ui,n.nan,"NaN"],[Oi,n.posInf,"+inf"],[Bi,n.negInf,"-inf"]];for(let[o,l,c]of r)l>0&&t.append(ie("span",{class:"tbl-legend-entry","data-kind":c},[Jd(o,e.hatched),`${c}: ${l} point${l===1?"":"s"} (${e.note})`]));let s=e.clip;if(s){let o=s.range??"colour range";for(let[l,c,h,f]of[[s.above,"above",s.high,"▲"],[s.below,"below",s.low,"▼"]])l>0&&t.append(ie("span",{class:"tbl-legend-entry","data-kind":c,"data-count":l},[...h?[Jd(h,!1)]:[],`${f} ${Cf(l,c,o)}`]))}if(e.center){let o=e.center.mark==="cross"?ie("span",{class:"tbl-center-mark"},["+"]):ie("span",{class:"tbl-center-dash"});t.append(ie("span",{class:"tbl-legend-entry","data-kind":"center"},[o,e.center.text]))}let a=e.path;if(a&&a.count>0){let o=a.count===1?`step ${a.last}`:`${a.count} steps, ${a.first} → ${a.last}`;t.append(ie("span",{class:"tbl-legend-entry","data-kind":"path"},[ie("span",{class:"tbl-path-swatch",style:`background-image: linear-gradient(to right, ${vt(a.early)}, ${vt(a.late)})`}),`optimizer path (${o}, light = early)`,ie("span",{class:"tbl-ring-mark",style:`background-color: ${vt(a.late)}`}),`current step ${a.last}`]))}return t}var ch=3.5,oo=6,lh="rgba(0, 0, 0, 0.75)";function Rs(n){return Array.from({length:n},(e,t)=>yr(t,n))}function jd(n,e,t,i=-1){let r=e.length;if(r===0)return;if(n.save(),n.lineJoin="round",n.lineCap="round",r>1){n.beginPath(),e.forEach(([o,l],c)=>c===0?n.moveTo(o,l):n.lineTo(o,l)),n.strokeStyle=lh,n.lineWidth=4,n.stroke(),n.lineWidth=2;for(let o=1;o<r;o++)n.beginPath(),n.moveTo(e[o-1][0],e[o-1][1]),n.lineTo(e[o][0],e[o][1]),n.strokeStyle=vt(t[o]),n.stroke()}for(let o=0;o<r-1;o++){let[l,c]=e[o];n.beginPath(),n.arc(l,c,ch,0,2*Math.PI),n.fillStyle=vt(t[o]),n.fill(),n.strokeStyle=lh,n.lineWidth=1,n.stroke()}let[s,a]=e[r-1];if(n.beginPath(),n.arc(s,a,oo,0,2*Math.PI),n.fillStyle=vt(t[r-1]),n.fill(),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke(),n.beginPath(),n.arc(s,a,oo+1.5,0,2*Math.PI),n.strokeStyle=lh,n.lineWidth=1,n.stroke(),i>=0&&i<r){let[o,l]=e[i];n.beginPath(),n.arc(o,l,(i===r-1?oo:ch)+4,0,2*Math.PI),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke()}n.restore()}function Qd(n,e,t=[]){let i=qe("g",{class:"tbl-path","data-testid":"path-overlay","data-points":n.length}),r=n.length;return r===0||(r>1&&i.append(qe("polyline",{class:"tbl-path-line",points:n.map(([s,a])=>`${s.toFixed(2)},${a.toFixed(2)}`).join(" ")})),n.forEach(([s,a],o)=>{let l=o===r-1;i.append(qe("circle",{class:l?"tbl-path-point tbl-path-current":"tbl-path-point",cx:s.toFixed(2),cy:a.toFixed(2),r:l?oo:ch,fill:vt(e[o]),"data-step":t[o]}))})),i}function lo(n,e,t){let i=e===2?`(${$e(n.x)}, ${$e(n.y)})`:`x = ${$e(n.x)}`;return`path, step ${n.step}${t?" (current)":""} at ${i}: on-plane loss = ${$e(n.planeLoss)}, true loss = ${$e(n.trueLoss)}, projection residual = ${$e(n.residual)}`}var dt={top:14,right:16,bottom:44,left:64},dx=.55,px=8;function mx(n){return n===0?"var(--tbl-line)":Qc[n%Qc.length]}var gx=0,co=class{constructor(){this.element=ie("div",{class:"tbl-curve"});this.svg=qe("svg",{"data-testid":"curve",class:"tbl-curve-svg"});this.readout=ie("div",{class:"tbl-readout","data-testid":"readout"},[" "]);this.legendSlot=ie("div");this.clipId=`tbl-curve-clip-${++gx}`;this.hoverGroup=qe("g");this.cleanups=[];this.frame=null;this.metric=0;this.series=[];this.xLabel="x";this.px=e=>e;this.py=e=>e;this.ix=e=>e;this.plot={left:0,top:0,width:0,height:0};this.drawable=Number.isFinite;this.path=[];this.pathPixels=[];this.element.append(this.svg,this.readout,this.legendSlot);let e=i=>this.onHover(i),t=()=>this.clearHover();this.svg.addEventListener("mousemove",e),this.svg.addEventListener("mouseleave",t),this.cleanups.push(()=>this.svg.removeEventListener("mousemove",e),()=>this.svg.removeEventListener("mouseleave",t)),this.element.dataset.series="0",this.element.dataset.pathPoints="0"}draw(e,t){let i=performance.now();this.frame=e,this.metric=t.metric;let r=e.header,s=r.metrics[t.metric],a=t.scale==="log",o=t.overlays??[],l=o.some(U=>U.frame.header.run!==r.run),c=o.length?l?`${r.run}, step ${r.step}`:`step ${r.step}`:"",h=[],f=(U,ne,ae)=>h.push({label:U,coords:ne,values:ae,color:mx(h.length)}),u=ah(e,t.metric);for(let U of u)f(c?r.dims===1?c:`${c}: ${U.label}`:U.label,U.coords,U.values);for(let U of o){let ne=Zd(U.frame,s,t.metric);if(!(ne<0))for(let ae of ah(U.frame,ne))f(U.frame.header.dims===1?U.label:`${U.label}: ${ae.label}`,ae.coords,ae.values)}this.series=h,this.drawable=a?U=>Number.isFinite(U)&&U>0:Number.isFinite;let d=1/0,p=-1/0,b=1/0,g=-1/0;for(let U of h){let ne=U.coords.length;if(ne!==0){d=Math.min(d,U.coords[0]),p=Math.max(p,U.coords[ne-1]);for(let ae=0;ae<U.values.length;ae++){let ye=U.values[ae];this.drawable(ye)&&(ye<b&&(b=ye),ye>g&&(g=ye))}}}let m=d<p?[d,p]:Number.isFinite(d)?[d-1,d+1]:[-1,1],_=Yd(b<=g?[b,g]:null,t.domain,t.scale),A=Math.max(120,Math.round(t.maxSide)),M=Math.max(80,Math.round(A*dx)),E=dt.left+A+dt.right,w=dt.top+M+dt.bottom;this.plot={left:dt.left,top:dt.top,width:A,height:M};let x=U=>dt.left+(U-m[0])/(m[1]-m[0])*A,S=U=>m[0]+(U-dt.left)/A*(m[1]-m[0]),N=a?Math.log10(_[0]):0,C=a?Math.log10(_[1]):0,P=a?U=>dt.top+(C-Math.log10(U))/(C-N)*M:U=>dt.top+(_[1]-U)/(_[1]-_[0])*M;this.px=x,this.py=P,this.ix=S,this.svg.setAttribute("width",String(E)),this.svg.setAttribute("height",String(w));let L=[qe("defs",{},[qe("clipPath",{id:this.clipId},[qe("rect",{x:dt.left,y:dt.top-1,width:A,height:M+2})])]),qe("rect",{class:"tbl-frame",x:dt.left-.5,y:dt.top-.5,width:A+1,height:M+1})],k=[...new Set(r.center.slice(0,u.length))];for(let U of k)Number.isFinite(U)&&U>=m[0]&&U<=m[1]&&L.push(qe("line",{class:"tbl-center-line",x1:x(U),x2:x(U),y1:dt.top,y2:dt.top+M}));let R=qe("g",{"clip-path":`url(#${this.clipId})`});h.forEach((U,ne)=>{let ae="",ye=[];for(let[oe,Ee]of bx(U.values,this.drawable)){if(Ee-oe===1){ye.push(qe("circle",{class:"tbl-curve-series-dot",cx:x(U.coords[oe]),cy:P(U.values[oe]),r:2.5,style:`fill: ${U.color}`}));continue}for(let nt=oe;nt<Ee;nt++)ae+=`${nt===oe?"M":"L"}${x(U.coords[nt]).toFixed(2)},${P(U.values[nt]).toFixed(2)}`}R.append(qe("path",{class:ne===0?"tbl-curve-line tbl-curve-series":"tbl-curve-series","data-series":ne,d:ae,style:`stroke: ${U.color}`}),...ye)}),L.push(R);let F={nan:0,posInf:0,negInf:0};for(let U of u){let ne=er(U.values);F.nan+=ne.nan,F.posInf+=ne.posInf,F.negInf+=ne.negInf;for(let ae=0;ae<U.values.length;ae++){let ye=U.values[ae];if(Number.isFinite(ye))continue;let oe=ye!==ye?Ui:ye>0?Oi:Bi;L.push(qe("rect",{class:"tbl-nonfinite-mark",x:x(U.coords[ae])-2,y:dt.top,width:4,height:8,fill:vt(oe)}))}}if(this.path=[],this.pathPixels=[],t.path&&r.dims===1&&r.trajectory){let U=xr(r.trajectory),ne=Rs(U.length),ae=u[0],ye=[];U.forEach((Ee,nt)=>{let Re=Number.isFinite(Ee.planeLoss)?Ee.planeLoss:Kd(ae.coords,ae.values,Ee.x);this.drawable(Re)&&(ye.push(nt),this.path.push(Ee),this.pathPixels.push([x(Ee.x),P(Re)]))});let oe=Qd(this.pathPixels,ye.map(Ee=>ne[Ee]),this.path.map(Ee=>Ee.step));oe.setAttribute("clip-path",`url(#${this.clipId})`),L.push(oe)}let[W,z]=r.axes;this.xLabel=r.dims===1?W.label||"x":`${W.label||"x"} / ${z.label||"y"}`;let Q=r.dims===1?ir(W,r.method):ir({label:this.xLabel,unit:W.unit===z.unit?W.unit:"",explained_variance:null},r.method),$=hi(m,Math.max(2,Math.round(A/70))).map(U=>({pos:x(U.value)-dt.left,label:U.label})),K=br(_,t.scale,Math.max(2,Math.round(M/50))).map(U=>({pos:P(U.value)-dt.top,label:U.label}));this.hoverGroup=qe("g",{class:"tbl-curve-hover",visibility:"hidden"}),L.push(ui({side:"bottom",x:dt.left,y:dt.top+M+.5,length:A,ticks:$,title:Q,titleOffset:36}),ui({side:"left",x:dt.left-.5,y:dt.top,length:M,ticks:K,title:s+(a?" (log)":""),titleOffset:52}),this.hoverGroup),this.svg.replaceChildren(...L);let ee={below:0,above:0};if(t.domain)for(let U of u){let ne=tr(U.values,_);ee={below:ee.below+ne.below,above:ee.above+ne.above}}let _e=this.path.length,Ne=Rs(_e);this.legendSlot.replaceChildren(vr(F,{hatched:!1,note:"line broken",center:{text:`centre (${r.center.slice(0,u.length).map($e).join(", ")})`,mark:"line"},series:h.map(U=>({label:U.label,color:U.color})),clip:t.domain?{...ee,range:"y range"}:null,path:_e>0?{count:_e,first:this.path[0].step,last:this.path[_e-1].step,early:Ne[0],late:Ne[_e-1]}:null})),this.readout.textContent=" ",this.element.dataset.series=String(h.length),this.element.dataset.pathPoints=String(_e),this.element.dataset.scale=t.scale,this.element.dataset.drawMs=(performance.now()-i).toFixed(1)}clearHover(){this.hoverGroup.setAttribute("visibility","hidden"),this.readout.textContent=" "}onHover(e){let t=this.frame;if(!t||this.series.length===0)return;let i=this.svg.getBoundingClientRect(),r=e.clientX-i.left,s=e.clientY-i.top,a=this.plot;if(r<a.left-4||r>a.left+a.width+4||s<a.top-4||s>a.top+a.height+4){this.clearHover();return}let o=_r(this.pathPixels,r,s,px);if(o>=0){this.hoverGroup.setAttribute("visibility","hidden"),this.readout.textContent=lo(this.path[o],1,o===this.path.length-1);return}let l=this.ix(r),c=oh(this.series[0].coords,this.series[0].values,l),h=Number.isFinite(c.x)?c.x:l,f=[],u=[];if(this.series.forEach(p=>{let{x:b,value:g}=oh(p.coords,p.values,h);Number.isFinite(b)&&(f.push(`${p.label} = ${$e(g)}${b!==h?` (at ${$e(b)})`:""}`),this.drawable(g)&&u.push(qe("circle",{cx:this.px(b),cy:this.py(g),r:3.5,style:`fill: ${p.color}`})))}),t.header.dims===1&&t.metricCount>1&&Number.isFinite(c.x)){let p=so(this.series[0].coords,c.x);t.header.metrics.forEach((b,g)=>{g!==this.metric&&f.push(`${b} = ${$e(t.values[g*t.nx+p])}`)})}this.readout.textContent=`${this.xLabel} = ${$e(h)}: ${f.join(", ")}`;let d=this.px(h);this.hoverGroup.replaceChildren(qe("line",{x1:d,x2:d,y1:a.top,y2:a.top+a.height}),...u),this.hoverGroup.setAttribute("visibility","visible")}toPng(){return this.hoverGroup.setAttribute("visibility","hidden"),rr(this.element,e=>e===this.readout)}resetView(){}dispose(){for(let e of this.cleanups.splice(0))e();this.frame=null,this.series=[]}};function bx(n,e){if(e===Number.isFinite)return Mf(n);let t=[],i=-1;for(let r=0;r<=n.length;r++){let s=r<n.length&&e(n[r]);s&&i<0&&(i=r),!s&&i>=0&&(t.push([i,r]),i=-1)}return t}var xx=Array.prototype,yx=xx.slice;function _x(n,e){return n-e}function vx(n){for(var e=0,t=n.length,i=n[t-1][1]*n[0][0]-n[t-1][0]*n[0][1];++e<t;)i+=n[e-1][1]*n[e][0]-n[e-1][0]*n[e][1];return i}var ep=n=>()=>n;function Mx(n,e){for(var t=-1,i=e.length,r;++t<i;)if(r=Sx(n,e[t]))return r;return 0}function Sx(n,e){for(var t=e[0],i=e[1],r=-1,s=0,a=n.length,o=a-1;s<a;o=s++){var l=n[s],c=l[0],h=l[1],f=n[o],u=f[0],d=f[1];if(wx(l,f,e))return 0;h>i!=d>i&&t<(u-c)*(i-h)/(d-h)+c&&(r=-r)}return r}function wx(n,e,t){var i;return Ax(n,e,t)&&Ex(n[i=+(n[0]===e[0])],t[i],e[i])}function Ax(n,e,t){return(e[0]-n[0])*(t[1]-n[1])===(t[0]-n[0])*(e[1]-n[1])}function Ex(n,e,t){return n<=e&&e<=t||t<=e&&e<=n}function Tx(){}var Wn=[[],[[[1,1.5],[.5,1]]],[[[1.5,1],[1,1.5]]],[[[1.5,1],[.5,1]]],[[[1,.5],[1.5,1]]],[[[1,1.5],[.5,1]],[[1,.5],[1.5,1]]],[[[1,.5],[1,1.5]]],[[[1,.5],[.5,1]]],[[[.5,1],[1,.5]]],[[[1,1.5],[1,.5]]],[[[.5,1],[1,.5]],[[1.5,1],[1,1.5]]],[[[1.5,1],[1,.5]]],[[[.5,1],[1.5,1]]],[[[1,1.5],[1.5,1]]],[[[.5,1],[1,1.5]]],[]];function ho(){var n=1,e=1,t=Rd,i=l;function r(c){var h=t(c);if(Array.isArray(h))h=h.slice().sort(_x);else{let f=Ed(c,Cx);for(h=Qa(...Cd(f[0],f[1],h),h);h[h.length-1]>=f[1];)h.pop();for(;h[1]<f[0];)h.shift()}return h.map(f=>s(c,f))}function s(c,h){let f=h==null?NaN:+h;if(isNaN(f))throw new Error(`invalid value: ${h}`);var u=[],d=[];return a(c,f,function(p){i(p,c,f),vx(p)>0?u.push([p]):d.push(p)}),d.forEach(function(p){for(var b=0,g=u.length,m;b<g;++b)if(Mx((m=u[b])[0],p)!==-1){m.push(p);return}}),{type:"MultiPolygon",value:h,coordinates:u}}function a(c,h,f){var u=new Array,d=new Array,p,b,g,m,_,A;for(p=b=-1,m=ki(c[0],h),Wn[m<<1].forEach(M);++p<n-1;)g=m,m=ki(c[p+1],h),Wn[g|m<<1].forEach(M);for(Wn[m<<0].forEach(M);++b<e-1;){for(p=-1,m=ki(c[b*n+n],h),_=ki(c[b*n],h),Wn[m<<1|_<<2].forEach(M);++p<n-1;)g=m,m=ki(c[b*n+n+p+1],h),A=_,_=ki(c[b*n+p+1],h),Wn[g|m<<1|_<<2|A<<3].forEach(M);Wn[m|_<<3].forEach(M)}for(p=-1,_=c[b*n]>=h,Wn[_<<2].forEach(M);++p<n-1;)A=_,_=ki(c[b*n+p+1],h),Wn[_<<2|A<<3].forEach(M);Wn[_<<3].forEach(M);function M(E){var w=[E[0][0]+p,E[0][1]+b],x=[E[1][0]+p,E[1][1]+b],S=o(w),N=o(x),C,P;(C=d[S])?(P=u[N])?(delete d[C.end],delete u[P.start],C===P?(C.ring.push(x),f(C.ring)):u[C.start]=d[P.end]={start:C.start,end:P.end,ring:C.ring.concat(P.ring)}):(delete d[C.end],C.ring.push(x),d[C.end=N]=C):(C=u[N])?(P=d[S])?(delete u[C.start],delete d[P.end],C===P?(C.ring.push(x),f(C.ring)):u[P.start]=d[C.end]={start:P.start,end:C.end,ring:P.ring.concat(C.ring)}):(delete u[C.start],C.ring.unshift(w),u[C.start=S]=C):u[S]=d[N]={start:S,end:N,ring:[w,x]}}}function o(c){return c[0]*2+c[1]*(n+1)*4}function l(c,h,f){c.forEach(function(u){var d=u[0],p=u[1],b=d|0,g=p|0,m=hh(h[g*n+b]);d>0&&d<n&&b===d&&(u[0]=tp(d,hh(h[g*n+b-1]),m,f)),p>0&&p<e&&g===p&&(u[1]=tp(p,hh(h[(g-1)*n+b]),m,f))})}return r.contour=s,r.size=function(c){if(!arguments.length)return[n,e];var h=Math.floor(c[0]),f=Math.floor(c[1]);if(!(h>=0&&f>=0))throw new Error("invalid size");return n=h,e=f,r},r.thresholds=function(c){return arguments.length?(t=typeof c=="function"?c:Array.isArray(c)?ep(yx.call(c)):ep(c),r):t},r.smooth=function(c){return arguments.length?(i=c?l:Tx,r):i===l},r}function Cx(n){return isFinite(n)?n:NaN}function ki(n,e){return n==null?!1:+n>=e}function hh(n){return n==null||isNaN(n=+n)?-1/0:n}function tp(n,e,t,i){let r=i-e,s=t-e,a=isFinite(r)||isFinite(s)?r/s:Math.sign(r)/Math.sign(s);return isNaN(a)?n:n+a-.5}function uo(n,e,t,i){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);if(e<2||t<2||i.length===0)return i.map(o=>({value:o,lines:[]}));let r=fh(n,e,t),s=ho().size([e,t]).smooth(!0),a=n;return i.map(o=>({value:o,lines:uh(s.contour(a,o).coordinates,e,r)}))}function uh(n,e,t,i=0){let r=[];for(let s of n)for(let a of s)Rx(a,e,t,r,.5+i);return r}function fh(n,e,t){let i=new Uint8Array(e*t);for(let s=0;s<i.length;s++)i[s]=Number.isFinite(n[s])?1:0;let r=new Uint8Array((e-1)*(t-1));for(let s=0;s<t-1;s++)for(let a=0;a<e-1;a++){let o=s*e+a;r[s*(e-1)+a]=i[o]&i[o+1]&i[o+e]&i[o+e+1]}return r}function Rx(n,e,t,i,r=.5){let s=t.length/(e-1),a=n.length;if(a>1&&n[0][0]===n[a-1][0]&&n[0][1]===n[a-1][1]&&a--,a<2)return;let o=new Array(a);for(let d=0;d<a;d++)o[d]=[n[d][0]-r,n[d][1]-r];let l=(d,p)=>d>=0&&p>=0&&d<e-1&&p<s&&t[p*(e-1)+d]===1,c=(d,p)=>{let b=(d[0]+p[0])/2,g=(d[1]+p[1])/2,m=Math.floor(b),_=Math.floor(g);return!(!l(m,_)||b===m&&!l(m-1,_)||g===_&&!l(m,_-1))},h=[],f=null,u=!0;for(let d=0;d<a;d++){let p=o[d],b=o[(d+1)%a];c(p,b)?(f||(f=[p],h.push(f)),f.push(b)):(u=!1,f=null)}if(!u&&h.length>1){let d=h[0],p=h[h.length-1];d[0]===o[0]&&p[p.length-1]===o[0]&&(h.pop(),h[0]=p.concat(d.slice(1)))}for(let d of h)i.push(d)}function Px(n,e,t){let i=Float64Array.from(n),r=e*t,s=[];for(let o=0;o<r;o++)Number.isFinite(i[o])||s.push(o);if(s.length===r)return i.fill(0);let a=new Uint8Array(r);for(let o=0;o<r;o++)a[o]=Number.isFinite(i[o])?1:0;for(;s.length>0;){let o=[],l=[];for(let c of s){let h=c%e,f=(c-h)/e,u=0,d=0;h>0&&a[c-1]&&(u+=i[c-1],d++),h<e-1&&a[c+1]&&(u+=i[c+1],d++),f>0&&a[c-e]&&(u+=i[c-e],d++),f<t-1&&a[c+e]&&(u+=i[c+e],d++),d>0?l.push([c,u/d]):o.push(c)}for(let[c,h]of l)i[c]=h,a[c]=1;s=o}return i}function np(n,e,t,i){let r=[e[0],...n,e[1]],s=l=>(i(r[l])+i(r[l+1]))/2,a=[],o=s(0);return t.below>0&&(o=0,a.push({value:e[0],t:s(0)})),n.forEach((l,c)=>a.push({value:l,t:s(c+1)})),t.above>0&&a.push({value:e[1],t:1}),{base:o,layers:a}}function ip(n,e,t,i,r){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);if(e<2||t<2)return{regions:i.map(b=>({value:b,polygons:[]})),lines:r.map(b=>({value:b,lines:[]}))};let s=Px(n,e,t),a=e+2,o=t+2,l=new Float64Array(a*o);for(let b=0;b<o;b++){let g=Math.min(Math.max(b-1,0),t-1);for(let m=0;m<a;m++)l[b*a+m]=s[g*e+Math.min(Math.max(m-1,0),e-1)]}let c=fh(n,e,t),h=ho().size([a,o]).smooth(!0),f=new Map,u=b=>{let g=f.get(b);return g||(g=h.contour(l,b).coordinates,f.set(b,g)),g},d=r.map(b=>({value:b,lines:uh(u(b),e,c,1)}));return{regions:i.map(b=>({value:b,polygons:u(b).map(g=>g.map(m=>m.map(([_,A])=>[_-1.5,A-1.5])))})),lines:d}}function dh(n,e){return{u0:-.5,u1:n-.5,v0:-.5,v1:e-.5}}function sp(n,e){let t=1e-9*Math.max(1,e.u1-e.u0,e.v1-e.v0);return Math.abs(n.u0-e.u0)<t&&Math.abs(n.u1-e.u1)<t&&Math.abs(n.v0-e.v0)<t&&Math.abs(n.v1-e.v1)<t}function rp(n,e,t,i){let r=Math.min(e-n,i-t);return n<t&&(n=t),n+r>i&&(n=i-r),[n,n+r]}function ap(n,e){let[t,i]=rp(n.u0,n.u1,e.u0,e.u1),[r,s]=rp(n.v0,n.v1,e.v0,e.v1);return{u0:t,u1:i,v0:r,v1:s}}function fo(n,e,t,i,r,s=2){if(!(r>0)||!Number.isFinite(r))return n;let a=n.u1-n.u0,o=n.v1-n.v0,l=e.u1-e.u0,c=e.v1-e.v0,h=1/r,f=Math.max(Math.min(s,l)/a,Math.min(s,c)/o),u=Math.min(l/a,c/o);h=Math.min(Math.max(h,Math.min(f,1)),Math.max(u,1));let d=t-(t-n.u0)*h,p=i-(i-n.v0)*h;return ap({u0:d,u1:d+a*h,v0:p,v1:p+o*h},e)}function Mr(n,e,t,i){return ap({u0:n.u0+t,u1:n.u1+t,v0:n.v0+i,v1:n.v1+i},e)}function op(n,e,t){let i=e/(n.u1-n.u0),r=-t/(n.v1-n.v0);return[i,0,0,r,-i*n.u0,-r*n.v1]}function Ps(n,e,t,i,r){return[(i-n.u0)/(n.u1-n.u0)*e,(n.v1-r)/(n.v1-n.v0)*t]}function ph(n,e,t,i,r){return[n.u0+i/e*(n.u1-n.u0),n.v1-r/t*(n.v1-n.v0)]}function mh(n,e){if(n.length!==e.length)return!1;for(let t=0;t<n.length;t++)if(n[t]!==e[t]&&!(n[t]!==n[t]&&e[t]!==e[t]))return!1;return!0}var gh=14,Ix=56,lp=16,cp=7,Sr=class{constructor(){this.element=ie("div",{class:"tbl-colorbar","data-testid":"colorbar"});this.title=ie("div",{class:"tbl-colorbar-title"});this.canvas=ie("canvas",{class:"tbl-colorbar-bar"});this.svg=qe("svg",{class:"tbl-colorbar-axis"});this.painted="";let e=ie("div",{class:"tbl-colorbar-body"},[this.canvas,this.svg]);this.element.append(this.title,e),this.svg.style.overflow="visible"}draw(e,t,i,r={}){let s=r.top??26;this.element.style.marginTop="0px",this.element.style.gap=`${Math.max(2,s-lp)}px`,this.title.style.height=`${lp}px`,this.title.textContent=i;let[a,o]=e.domain,l=`${a} ${o} ${e.scale} ${e.palette} ${t} ${window.devicePixelRatio}`;if(l!==this.painted){let g=If(this.canvas,gh,t);for(let m=0;m<t;m++)g.fillStyle=vt(e.colorAt(1-(m+.5)/t)),g.fillRect(0,m,gh,1);this.painted=l}let c=br([a,o],e.scale,Math.max(2,Math.round(t/60))),h=g=>o>a?(1-e.position(g))*t:t/2;this.svg.setAttribute("width",String(Ix)),this.svg.setAttribute("height",String(t+2));let f=[ui({side:"right",x:.5,y:.5,length:t,ticks:c.map(g=>({pos:h(g.value),label:g.label}))})],u=-gh-.5,d=-.5,p=(u+d)/2,b=r.clip??{below:0,above:0};b.above>0&&f.push(qe("polygon",{class:"tbl-clip-mark","data-end":"above",points:`${u},-1.5 ${d},-1.5 ${p},${-1.5-cp}`,fill:vt(e.colorAt(1))})),b.below>0&&f.push(qe("polygon",{class:"tbl-clip-mark","data-end":"below",points:`${u},${t+1.5} ${d},${t+1.5} ${p},${t+1.5+cp}`,fill:vt(e.colorAt(0))})),this.svg.replaceChildren(...f),this.element.dataset.ticks=c.map(g=>g.label).join(" "),this.element.dataset.domain=`${a} ${o}`,this.element.dataset.scale=e.scale,this.element.dataset.clip=[b.below>0?"below":"",b.above>0?"above":""].filter(Boolean).join(" ")}};var en={top:26,right:8,bottom:44,left:64},Lx=10,Nx=8,Dx=.002,hp=1.25,up=.1,bh=2,dp=`
.tbl-plot:focus { outline: none; }
.tbl-plot:focus-visible { outline: 2px solid var(--tbl-accent); outline-offset: 2px; }
.tbl-plot.tbl-grabbing { cursor: grabbing; }
.tbl-path-overlay { position: absolute; display: block; pointer-events: none; }
.tbl-clip-mark { stroke: var(--tbl-muted); stroke-width: 1; stroke-linejoin: round; }
.tbl-path-swatch { display: inline-block; width: 28px; height: 6px; border-radius: 3px; border: 1px solid rgba(0, 0, 0, 0.5); }
.tbl-ring-mark { display: inline-block; width: 8px; height: 8px; border-radius: 50%; border: 2px solid #ffffff; box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.75); margin-left: 6px; }
.tbl-series-swatch { display: inline-block; width: 18px; border-top: 2px solid; }
.tbl-curve-series { fill: none; stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; }
.tbl-curve-series-dot { stroke: none; }
.tbl-curve-hover line { stroke: var(--tbl-muted); stroke-dasharray: 3 3; }
.tbl-curve-hover circle { stroke: var(--tbl-bg); stroke-width: 1.5; }
.tbl-path-line { fill: none; stroke: rgba(0, 0, 0, 0.55); stroke-width: 1.5; }
.tbl-path-point { stroke: rgba(0, 0, 0, 0.75); stroke-width: 1; }
.tbl-path-current { stroke: #ffffff; stroke-width: 2; }
.tbl-curve-svg:focus { outline: none; }
`,fp=new WeakMap,Fx=1;function Ux(n){let e=fp.get(n);return e===void 0&&(e=Fx++,fp.set(n,e)),e}var wr=null;function Ox(n){if(!wr){wr=document.createElement("canvas"),wr.width=wr.height=8;let e=wr.getContext("2d");if(!e)return null;e.strokeStyle="rgba(255, 255, 255, 0.9)",e.lineWidth=1.5,e.beginPath();for(let t of[-8,0,8])e.moveTo(t,8),e.lineTo(t+8,0);e.stroke()}return n.createPattern(wr,"repeat")}function Bx(n){let e=new Path2D,t=0;for(let{lines:i}of n)for(let r of i){t++,e.moveTo(r[0][0],r[0][1]);for(let s=1;s<r.length;s++)e.lineTo(r[s][0],r[s][1])}return{path:e,count:t}}function kx(n){let e=new Path2D;for(let t of n)for(let i of t)if(!(i.length<3)){e.moveTo(i[0][0],i[0][1]);for(let r=1;r<i.length;r++)e.lineTo(i[r][0],i[r][1]);e.closePath()}return e}function xh(n,e,t,i){(n.width!==t||n.height!==i)&&(n.width=t,n.height=i);let r=n.getContext("2d");if(!r)throw new Error("canvas 2D context unavailable");r.putImageData(new ImageData(e,t,i),0,0)}var po=class{constructor(){this.element=ie("div",{class:"tbl-heatmap"});this.figure=ie("div",{class:"tbl-figure"});this.axes=qe("svg",{class:"tbl-axes"});this.canvas=ie("canvas",{"data-testid":"heatmap",class:"tbl-plot",tabindex:0,role:"img","aria-label":"loss landscape: scroll or + / - to zoom, drag or arrow keys to pan, double-click or 0 to reset"});this.overlay=ie("canvas",{"data-testid":"path-overlay",class:"tbl-path-overlay"});this.colorbar=new Sr;this.readout=ie("div",{class:"tbl-readout","data-testid":"readout"},[" "]);this.legendSlot=ie("div");this.image=document.createElement("canvas");this.mask=document.createElement("canvas");this.marked=document.createElement("canvas");this.hatchLayer=document.createElement("canvas");this.markedBuffer=null;this.cmapCache=null;this.frame=null;this.opts=null;this.content=null;this.width=0;this.height=0;this.grid=null;this.full=dh(1,1);this.win=this.full;this.path=[];this.pathRgb=[];this.pathPixels=[];this.hoverPath=-1;this.lastMouse=null;this.drag=null;this.endDrag=null;this.cleanups=[];this.figure.append(this.axes,this.canvas,this.overlay),this.element.append(ie("div",{class:"tbl-row"},[this.figure,this.colorbar.element]),this.readout,this.legendSlot),this.overlay.style.pointerEvents="none",this.overlay.style.position="absolute",this.listen(this.canvas,"mousemove",e=>this.onHover(e)),this.listen(this.canvas,"mouseleave",()=>{this.lastMouse=null,this.readout.textContent=" ",this.setHoverPath(-1)}),this.listen(this.canvas,"mousedown",e=>this.onDragStart(e)),this.listen(this.canvas,"wheel",e=>this.onWheel(e),{passive:!1}),this.listen(this.canvas,"dblclick",e=>{e.preventDefault(),this.resetView()}),this.listen(this.canvas,"keydown",e=>this.onKey(e)),this.element.dataset.pathPoints="0"}draw(e,t){let i=performance.now();if(e.header.dims!==2||e.header.axes.length<2)throw new Error("the heatmap draws 2D landscapes; use Curve for 1D");this.frame=e,this.opts=t;let{nx:r,ny:s}=e,[a,o]=e.header.axes,l=a.coords,c=o.coords,h=this.grid;(!h||h.nx!==r||h.ny!==s||!mh(h.xs,l)||!mh(h.ys,c))&&(this.grid={nx:r,ny:s,xs:l,ys:c},this.full=dh(r,s),this.win=this.full);let f=Vd(sh(l),sh(c),a.unit===o.unit,t.maxSide);this.width=f.width,this.height=f.height;let u=[Ux(e),t.metric,t.scale,t.palette,t.style,t.domain?t.domain.join(","):"auto"].join("|");(!this.content||this.content.key!==u)&&(this.content=this.compute(e,t,u));let d=this.content;this.path=t.path?xr(e.header.trajectory):[],this.pathRgb=Rs(this.path.length),this.hoverPath=-1;let p=en.left+this.width+en.right,b=en.top+this.height+en.bottom;this.figure.style.width=`${p}px`,this.figure.style.height=`${b}px`;for(let w of[this.canvas,this.overlay])w.style.left=`${en.left}px`,w.style.top=`${en.top}px`;this.axes.setAttribute("width",String(p)),this.axes.setAttribute("height",String(b));let g=e.header.metrics[t.metric],m=d.domain?g+(t.scale==="log"?" (log)":""):`${g}: no finite value`;this.colorbar.draw(d.cmap,this.height,m,{top:en.top,clip:d.clip});let[_,A]=e.header.center,M=this.path.length;this.legendSlot.replaceChildren(vr(d.counts,{hatched:!0,note:t.style==="filled"?"not coloured, no bands":"not coloured, no contours",center:{text:`centre (${$e(_)}, ${$e(A)})`,mark:"cross"},clip:{...d.clip,low:d.cmap.colorAt(0),high:d.cmap.colorAt(1)},path:M>0?{count:M,first:this.path[0].step,last:this.path[M-1].step,early:this.pathRgb[0],late:this.pathRgb[M-1]}:null})),this.render(),this.refreshReadout();let E=this.element.dataset;E.levels=d.levels.join(" "),E.pathPoints=String(M),E.style=t.style,E.scale=t.scale,E.palette=t.palette,E.drawMs=(performance.now()-i).toFixed(1)}compute(e,t,i){let{nx:r,ny:s}=e,a=Zt(e,t.metric),o=ro(a,t.domain,t.scale),l=o??[0,1],c=this.cmapCache,h=c&&c.domain[0]===l[0]&&c.domain[1]===l[1]&&c.scale===t.scale&&c.palette===t.palette?c:new hr(l,{scale:t.scale,palette:t.palette});this.cmapCache=h;let f=o?io(o,t.scale,Lx):[],u=o?tr(a,o):{below:0,above:0},d=_d(a,r,s,h,this.buffers);this.buffers={rgba:d.rgba,mask:d.mask},xh(this.image,d.rgba,r,s),d.nonFinite>0&&xh(this.mask,d.mask,r,s);let p=null,b;if(t.style==="filled"&&o){let _=np(f,o,u,E=>h.position(E)),{regions:A,lines:M}=ip(a,r,s,_.layers.map(E=>E.value),f);if(p={base:vt(h.colorAt(_.base)),layers:A.map((E,w)=>({path:kx(E.polygons),color:vt(h.colorAt(_.layers[w].t))}))},b=M,d.nonFinite>0){let E=this.markedBuffer&&this.markedBuffer.length===d.rgba.length?this.markedBuffer:new Uint8ClampedArray(d.rgba.length);E.set(d.rgba);for(let w=3;w<E.length;w+=4)E[w]=d.mask[w];this.markedBuffer=E,xh(this.marked,E,r,s)}}else b=uo(a,r,s,f);let{path:g,count:m}=Bx(b);return{key:i,nx:r,ny:s,domain:o,cmap:h,levels:f,lines:g,lineCount:m,bands:p,counts:er(a),nonFinite:d.nonFinite,clip:u}}render(){let e=this.content,t=this.frame;if(!e||!t)return;let{width:i,height:r,win:s}=this,{nx:a,ny:o}=e,l=zc(this.canvas,i,r),c=new DOMMatrix(op(s,i,r)),h=[s.u0+.5,o-.5-s.v1,s.u1-s.u0,s.v1-s.v0],f=Math.min(i/(s.u1-s.u0),r/(s.v1-s.v0));if(e.bands){l.fillStyle=e.bands.base,l.fillRect(0,0,i,r);for(let M of e.bands.layers){let E=new Path2D;E.addPath(M.path,c),l.fillStyle=M.color,l.fill(E,"evenodd")}e.nonFinite>0&&(l.imageSmoothingEnabled=!1,l.drawImage(this.marked,...h,0,0,i,r))}else l.imageSmoothingEnabled=f<1,l.drawImage(this.image,...h,0,0,i,r);if(e.nonFinite>0&&this.hatch(l,h),e.lineCount>0){let M=new Path2D;M.addPath(e.lines,c),l.save(),l.lineJoin="round",l.lineCap="round",e.bands?(l.strokeStyle="rgba(0, 0, 0, 0.3)",l.lineWidth=.75,l.stroke(M)):e.cmap.palette==="diverging"?(l.strokeStyle="rgba(0, 0, 0, 0.45)",l.lineWidth=1,l.stroke(M)):(l.strokeStyle="rgba(0, 0, 0, 0.35)",l.lineWidth=2.5,l.stroke(M),l.strokeStyle="rgba(255, 255, 255, 0.85)",l.lineWidth=1,l.stroke(M)),l.restore()}let[u,d]=t.header.axes,p=u.coords,b=d.coords,[g,m]=t.header.center,[_,A]=Ps(s,i,r,Mn(p,g),Mn(b,m));zx(l,_,A),this.pathPixels=this.path.map(M=>Ps(s,i,r,Mn(p,M.x),Mn(b,M.y))),this.paintOverlay(),this.renderAxes(),this.updateZoomDataset()}hatch(e,t){let i=this.hatchLayer;(i.width!==this.canvas.width||i.height!==this.canvas.height)&&(i.width=this.canvas.width,i.height=this.canvas.height);let r=i.getContext("2d");if(!r)return;r.globalCompositeOperation="source-over",r.clearRect(0,0,i.width,i.height),r.imageSmoothingEnabled=!1,r.drawImage(this.mask,...t,0,0,i.width,i.height);let s=Ox(r);s&&(r.globalCompositeOperation="source-in",r.fillStyle=s,r.fillRect(0,0,i.width,i.height),r.globalCompositeOperation="source-over",e.drawImage(i,0,0,this.width,this.height))}paintOverlay(){this.overlay.hidden=this.pathPixels.length===0;let e=zc(this.overlay,this.width,this.height);jd(e,this.pathPixels,this.pathRgb,this.hoverPath)}renderAxes(){let e=this.frame;if(!e)return;let{width:t,height:i,win:r}=this,[s,a]=e.header.axes,o=s.coords,l=a.coords,c=[Qt(o,r.u0),Qt(o,r.u1)],h=[Qt(l,r.v0),Qt(l,r.v1)],f=hi(c,Math.max(2,Math.round(t/80))).map(p=>({pos:Ps(r,t,i,Mn(o,p.value),0)[0],label:p.label})),u=hi(h,Math.max(2,Math.round(i/60))).map(p=>({pos:Ps(r,t,i,0,Mn(l,p.value))[1],label:p.label})),d=e.header.method;this.axes.replaceChildren(qe("rect",{class:"tbl-frame",x:en.left-.5,y:en.top-.5,width:t+1,height:i+1}),ui({side:"bottom",x:en.left,y:en.top+i+.5,length:t,ticks:f,title:ir(s,d),titleOffset:36}),ui({side:"left",x:en.left-.5,y:en.top,length:i,ticks:u,title:ir(a,d),titleOffset:52}))}updateZoomDataset(){let e=this.grid;if(!e)return;let t=this.win;this.element.dataset.zoom=[Qt(e.xs,t.u0),Qt(e.xs,t.u1),Qt(e.ys,t.v0),Qt(e.ys,t.v1)].join(" "),this.element.dataset.zoomed=String(!sp(t,this.full))}setWindow(e){this.win=e,this.render(),this.refreshReadout()}listen(e,t,i,r){e.addEventListener(t,i,r),this.cleanups.push(()=>e.removeEventListener(t,i,r))}local(e){let t=this.canvas.getBoundingClientRect();return[e.clientX-t.left,e.clientY-t.top]}setHoverPath(e){e!==this.hoverPath&&(this.hoverPath=e,this.content&&this.paintOverlay())}onHover(e){this.drag||(this.lastMouse=this.local(e),this.refreshReadout())}refreshReadout(){let e=this.frame,t=this.content;if(!e||!t||!this.lastMouse){this.readout.textContent=" ";return}let[i,r]=this.lastMouse,s=_r(this.pathPixels,i,r,Nx);if(this.setHoverPath(s),s>=0){this.readout.textContent=lo(this.path[s],2,s===this.path.length-1);return}let{nx:a,ny:o}=t,[l,c]=ph(this.win,this.width,this.height,i,r),h=Math.min(a-1,Math.max(0,Math.round(l))),f=Math.min(o-1,Math.max(0,Math.round(c))),[u,d]=e.header.axes,p=e.header.metrics.map((b,g)=>`${b} = ${$e(e.values[(g*o+f)*a+h])}`).join(", ");this.readout.textContent=`${u.label||"x"} = ${$e(Qt(u.coords,h))}, ${d.label||"y"} = ${$e(Qt(d.coords,f))}: ${p}`}onWheel(e){if(!this.content)return;e.preventDefault();let t=e.deltaMode===1?16:e.deltaMode===2?400:1,i=Math.exp(-e.deltaY*t*Dx),[r,s]=this.local(e),[a,o]=ph(this.win,this.width,this.height,r,s);this.lastMouse=[r,s],this.setWindow(fo(this.win,this.full,a,o,i,bh))}onDragStart(e){if(e.button!==0||!this.content)return;let[t,i]=this.local(e);this.drag={x:t,y:i,win:this.win,moved:!1},this.canvas.classList.add("tbl-grabbing");let r=a=>{let o=this.drag;if(!o)return;let[l,c]=this.local(a);if(!o.moved&&Math.hypot(l-o.x,c-o.y)<3)return;o.moved=!0;let h=-((l-o.x)/this.width)*(o.win.u1-o.win.u0),f=(c-o.y)/this.height*(o.win.v1-o.win.v0);this.lastMouse=null,this.setWindow(Mr(o.win,this.full,h,f))},s=()=>{this.drag=null,this.endDrag=null,this.canvas.classList.remove("tbl-grabbing"),window.removeEventListener("mousemove",r),window.removeEventListener("mouseup",s)};this.endDrag?.(),window.addEventListener("mousemove",r),window.addEventListener("mouseup",s),this.endDrag=s}onKey(e){if(!this.content||e.altKey||e.ctrlKey||e.metaKey)return;let t=this.win,i=(t.u0+t.u1)/2,r=(t.v0+t.v1)/2,s=(t.u1-t.u0)*up,a=(t.v1-t.v0)*up,o=null;switch(e.key){case"+":case"=":o=fo(t,this.full,i,r,hp,bh);break;case"-":case"_":o=fo(t,this.full,i,r,1/hp,bh);break;case"ArrowLeft":o=Mr(t,this.full,-s,0);break;case"ArrowRight":o=Mr(t,this.full,s,0);break;case"ArrowUp":o=Mr(t,this.full,0,a);break;case"ArrowDown":o=Mr(t,this.full,0,-a);break;case"0":o=this.full;break;default:return}e.preventDefault(),this.setWindow(o)}toPng(){return rr(this.element,e=>e===this.readout)}resetView(){this.win=this.full,this.content?this.setWindow(this.full):this.updateZoomDataset()}dispose(){for(let e of this.cleanups.splice(0))e();this.endDrag?.(),this.content=null,this.frame=null}};function zx(n,e,t){n.save(),n.lineCap="round",n.beginPath(),n.moveTo(e-7,t),n.lineTo(e+7,t),n.moveTo(e,t-7),n.lineTo(e,t+7),n.strokeStyle="rgba(0, 0, 0, 0.8)",n.lineWidth=4,n.stroke(),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke(),n.restore()}var Mi={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},Si={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},Jp=0,Kh=1,jp=2;var ga=1,Qp=2,as=3,wi=0,qt=1,bn=2,Yi=0,os=1,Jh=2,jh=3,Qh=4,em=5;var Zi=100,tm=101,nm=102,im=103,rm=104,sm=200,am=201,om=202,lm=203,eu=204,tu=205,cm=206,hm=207,um=208,fm=209,dm=210,pm=211,mm=212,gm=213,bm=214,Xo=0,$o=1,qo=2,Wr=3,Yo=4,Zo=5,Ko=6,Jo=7,wl=0,xm=1,ym=2,Bn=0,nu=1,iu=2,ru=3,su=4,au=5,ou=6,lu=7;var cu=300,Ki=301,ls=302,Al=303,El=304,jo=1e3,Un=1001,Qo=1002,It=1003,_m=1004;var ba=1005;var Wt=1006,Tl=1007;var ni=1008;var Jt=1009,hu=1010,uu=1011,cs=1012,Cl=1013,Cn=1014,xn=1015,Rn=1016,Rl=1017,Pl=1018,Ji=1020,fu=35902,du=35899,pu=1021,mu=1022,Pn=1023,jn=1026,ii=1027,Il=1028,Ll=1029,Ai=1030,Nl=1031;var Dl=1033,xa=33776,ya=33777,_a=33778,va=33779,Fl=35840,Ul=35841,Ol=35842,Bl=35843,kl=36196,zl=37492,Vl=37496,Gl=37488,Hl=37489,Ma=37490,Wl=37491,Xl=37808,$l=37809,ql=37810,Yl=37811,Zl=37812,Kl=37813,Jl=37814,jl=37815,Ql=37816,ec=37817,tc=37818,nc=37819,ic=37820,rc=37821,sc=36492,ac=36494,oc=36495,lc=36283,cc=36284,Sa=36285,hc=36286;var Ws=2300,el=2301,Ho=2302,Vh=2303,Gh=2400,Hh=2401,Wh=2402;var vm=3200;var uc=0,Mm=1,ri="",Dt="srgb",Xs="srgb-linear",$s="linear",Qe="srgb";var Wo=7680;var Sm=519,wm=512,Am=513,Em=514,gu=515,Tm=516,Cm=517,bu=518,xu=519,yu=35044,Ei=35048;var _u="300 es",pn=2e3,Xr=2001;function Vx(n){for(let e=n.length-1;e>=0;--e)if(n[e]>=65535)return!0;return!1}function Gx(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function qs(n){return document.createElementNS("http://www.w3.org/1999/xhtml",n)}function Rm(){let n=qs("canvas");return n.style.display="block",n}var pp={},$r=null;function Ys(...n){let e="THREE."+n.shift();$r?$r("log",e,...n):console.log(e,...n)}function Pm(n){let e=n[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=n[1];t&&t.isStackTrace?n[0]+=" "+t.getLocation():n[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return n}function Pe(...n){n=Pm(n);let e="THREE."+n.shift();if($r)$r("warn",e,...n);else{let t=n[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...n)}}function Le(...n){n=Pm(n);let e="THREE."+n.shift();if($r)$r("error",e,...n);else{let t=n[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...n)}}function Vs(...n){let e=n.join(" ");e in pp||(pp[e]=!0,Pe(...n))}function Im(n,e,t){return new Promise(function(i,r){function s(){switch(n.clientWaitSync(e,n.SYNC_FLUSH_COMMANDS_BIT,0)){case n.WAIT_FAILED:r();break;case n.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:i()}}setTimeout(s,t)})}var Lm={[Xo]:Xo,[qo]:Ko,[Yo]:Yo,[Wr]:Zo,[$o]:$o,[Ko]:qo,[Jo]:Jo,[Zo]:Wr},En=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let i=this._listeners;i[e]===void 0&&(i[e]=[]),i[e].indexOf(t)===-1&&i[e].push(t)}hasEventListener(e,t){let i=this._listeners;return i===void 0?!1:i[e]!==void 0&&i[e].indexOf(t)!==-1}removeEventListener(e,t){let i=this._listeners;if(i===void 0)return;let r=i[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let i=t[e.type];if(i!==void 0){e.target=this;let r=i.slice(0);for(let s=0,a=r.length;s<a;s++)r[s].call(this,e);e.target=null}}},Bt=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],mp=1234567,Gs=Math.PI/180,qr=180/Math.PI;function Ti(){let n=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,i=Math.random()*4294967295|0;return(Bt[n&255]+Bt[n>>8&255]+Bt[n>>16&255]+Bt[n>>24&255]+"-"+Bt[e&255]+Bt[e>>8&255]+"-"+Bt[e>>16&15|64]+Bt[e>>24&255]+"-"+Bt[t&63|128]+Bt[t>>8&255]+"-"+Bt[t>>16&255]+Bt[t>>24&255]+Bt[i&255]+Bt[i>>8&255]+Bt[i>>16&255]+Bt[i>>24&255]).toLowerCase()}function Ge(n,e,t){return Math.max(e,Math.min(t,n))}function vu(n,e){return(n%e+e)%e}function Hx(n,e,t,i,r){return i+(n-e)*(r-i)/(t-e)}function Wx(n,e,t){return n!==e?(t-n)/(e-n):0}function Hs(n,e,t){return(1-t)*n+t*e}function Xx(n,e,t,i){return Hs(n,e,1-Math.exp(-t*i))}function $x(n,e=1){return e-Math.abs(vu(n,e*2)-e)}function qx(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*(3-2*n))}function Yx(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*n*(n*(n*6-15)+10))}function Zx(n,e){return n+Math.floor(Math.random()*(e-n+1))}function Kx(n,e){return n+Math.random()*(e-n)}function Jx(n){return n*(.5-Math.random())}function jx(n){n!==void 0&&(mp=n);let e=mp+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function Qx(n){return n*Gs}function ey(n){return n*qr}function ty(n){return n>0&&Number.isInteger(n)&&2**Math.round(Math.log2(n))===n}function ny(n){return Math.pow(2,Math.ceil(Math.log(n)/Math.LN2))}function Mu(n){return Math.pow(2,Math.floor(Math.log(n)/Math.LN2))}function iy(n,e,t,i,r){let s=Math.cos,a=Math.sin,o=s(t/2),l=a(t/2),c=s((e+i)/2),h=a((e+i)/2),f=s((e-i)/2),u=a((e-i)/2),d=s((i-e)/2),p=a((i-e)/2);switch(r){case"XYX":n.set(o*h,l*f,l*u,o*c);break;case"YZY":n.set(l*u,o*h,l*f,o*c);break;case"ZXZ":n.set(l*f,l*u,o*h,o*c);break;case"XZX":n.set(o*h,l*p,l*d,o*c);break;case"YXY":n.set(l*d,o*h,l*p,o*c);break;case"ZYZ":n.set(l*p,l*d,o*h,o*c);break;default:Pe("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+r)}}function fc(n){switch(n.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Su(n,e){if(e.constructor===Float32Array)return n;let t=fc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(n/t,-1)}function wu(n,e){if(e.constructor===Float32Array)return n;let t=fc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(n*t)}var Au={DEG2RAD:Gs,RAD2DEG:qr,generateUUID:Ti,clamp:Ge,euclideanModulo:vu,mapLinear:Hx,inverseLerp:Wx,lerp:Hs,damp:Xx,pingpong:$x,smoothstep:qx,smootherstep:Yx,randInt:Zx,randFloat:Kx,randFloatSpread:Jx,seededRandom:jx,degToRad:Qx,radToDeg:ey,isPowerOfTwo:ty,ceilPowerOfTwo:ny,floorPowerOfTwo:Mu,setQuaternionFromProperEuler:iy,normalize:wu,denormalize:Su},Pu=class Pu{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,i=this.y,r=e.elements;return this.x=r[0]*t+r[3]*i+r[6],this.y=r[1]*t+r[4]*i+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=Ge(this.x,e.x,t.x),this.y=Ge(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=Ge(this.x,e,t),this.y=Ge(this.y,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Ge(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(Ge(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y;return t*t+i*i}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let i=Math.cos(t),r=Math.sin(t),s=this.x-e.x,a=this.y-e.y;return this.x=s*i-a*r+e.x,this.y=s*r+a*i+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};Pu.prototype.isVector2=!0;var Te=Pu,sn=class{constructor(e=0,t=0,i=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=i,this._w=r}static slerpFlat(e,t,i,r,s,a,o){let l=i[r+0],c=i[r+1],h=i[r+2],f=i[r+3],u=s[a+0],d=s[a+1],p=s[a+2],b=s[a+3];if(f!==b||l!==u||c!==d||h!==p){let g=l*u+c*d+h*p+f*b;g<0&&(u=-u,d=-d,p=-p,b=-b,g=-g);let m=1-o;if(g<.9995){let _=Math.acos(g),A=Math.sin(_);m=Math.sin(m*_)/A,o=Math.sin(o*_)/A,l=l*m+u*o,c=c*m+d*o,h=h*m+p*o,f=f*m+b*o}else{l=l*m+u*o,c=c*m+d*o,h=h*m+p*o,f=f*m+b*o;let _=1/Math.sqrt(l*l+c*c+h*h+f*f);l*=_,c*=_,h*=_,f*=_}}e[t]=l,e[t+1]=c,e[t+2]=h,e[t+3]=f}static multiplyQuaternionsFlat(e,t,i,r,s,a){let o=i[r],l=i[r+1],c=i[r+2],h=i[r+3],f=s[a],u=s[a+1],d=s[a+2],p=s[a+3];return e[t]=o*p+h*f+l*d-c*u,e[t+1]=l*p+h*u+c*f-o*d,e[t+2]=c*p+h*d+o*u-l*f,e[t+3]=h*p-o*f-l*u-c*d,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,i,r){return this._x=e,this._y=t,this._z=i,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let i=e._x,r=e._y,s=e._z,a=e._order,o=Math.cos,l=Math.sin,c=o(i/2),h=o(r/2),f=o(s/2),u=l(i/2),d=l(r/2),p=l(s/2);switch(a){case"XYZ":this._x=u*h*f+c*d*p,this._y=c*d*f-u*h*p,this._z=c*h*p+u*d*f,this._w=c*h*f-u*d*p;break;case"YXZ":this._x=u*h*f+c*d*p,this._y=c*d*f-u*h*p,this._z=c*h*p-u*d*f,this._w=c*h*f+u*d*p;break;case"ZXY":this._x=u*h*f-c*d*p,this._y=c*d*f+u*h*p,this._z=c*h*p+u*d*f,this._w=c*h*f-u*d*p;break;case"ZYX":this._x=u*h*f-c*d*p,this._y=c*d*f+u*h*p,this._z=c*h*p-u*d*f,this._w=c*h*f+u*d*p;break;case"YZX":this._x=u*h*f+c*d*p,this._y=c*d*f+u*h*p,this._z=c*h*p-u*d*f,this._w=c*h*f-u*d*p;break;case"XZY":this._x=u*h*f-c*d*p,this._y=c*d*f-u*h*p,this._z=c*h*p+u*d*f,this._w=c*h*f+u*d*p;break;default:Pe("Quaternion: .setFromEuler() encountered an unknown order: "+a)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let i=t/2,r=Math.sin(i);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(i),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,i=t[0],r=t[4],s=t[8],a=t[1],o=t[5],l=t[9],c=t[2],h=t[6],f=t[10],u=i+o+f;if(u>0){let d=.5/Math.sqrt(u+1);this._w=.25/d,this._x=(h-l)*d,this._y=(s-c)*d,this._z=(a-r)*d}else if(i>o&&i>f){let d=2*Math.sqrt(1+i-o-f);this._w=(h-l)/d,this._x=.25*d,this._y=(r+a)/d,this._z=(s+c)/d}else if(o>f){let d=2*Math.sqrt(1+o-i-f);this._w=(s-c)/d,this._x=(r+a)/d,this._y=.25*d,this._z=(l+h)/d}else{let d=2*Math.sqrt(1+f-i-o);this._w=(a-r)/d,this._x=(s+c)/d,this._y=(l+h)/d,this._z=.25*d}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let i=e.dot(t)+1;return i<1e-8?(i=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=i):(this._x=0,this._y=-e.z,this._z=e.y,this._w=i)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=i),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(Ge(this.dot(e),-1,1)))}rotateTowards(e,t){let i=this.angleTo(e);if(i===0)return this;let r=Math.min(1,t/i);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=t._x,l=t._y,c=t._z,h=t._w;return this._x=i*h+a*o+r*c-s*l,this._y=r*h+a*l+s*o-i*c,this._z=s*h+a*c+i*l-r*o,this._w=a*h-i*o-r*l-s*c,this._onChangeCallback(),this}slerp(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=this.dot(e);o<0&&(i=-i,r=-r,s=-s,a=-a,o=-o);let l=1-t;if(o<.9995){let c=Math.acos(o),h=Math.sin(c);l=Math.sin(l*c)/h,t=Math.sin(t*c)/h,this._x=this._x*l+i*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+a*t,this._onChangeCallback()}else this._x=this._x*l+i*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+a*t,this.normalize();return this}slerpQuaternions(e,t,i){return this.copy(e).slerp(t,i)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),i=Math.random(),r=Math.sqrt(1-i),s=Math.sqrt(i);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},Iu=class Iu{constructor(e=0,t=0,i=0){this.x=e,this.y=t,this.z=i}set(e,t,i){return i===void 0&&(i=this.z),this.x=e,this.y=t,this.z=i,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(gp.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(gp.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*i+s[6]*r,this.y=s[1]*t+s[4]*i+s[7]*r,this.z=s[2]*t+s[5]*i+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=e.elements,a=1/(s[3]*t+s[7]*i+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*i+s[8]*r+s[12])*a,this.y=(s[1]*t+s[5]*i+s[9]*r+s[13])*a,this.z=(s[2]*t+s[6]*i+s[10]*r+s[14])*a,this}applyQuaternion(e){let t=this.x,i=this.y,r=this.z,s=e.x,a=e.y,o=e.z,l=e.w,c=2*(a*r-o*i),h=2*(o*t-s*r),f=2*(s*i-a*t);return this.x=t+l*c+a*f-o*h,this.y=i+l*h+o*c-s*f,this.z=r+l*f+s*h-a*c,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*i+s[8]*r,this.y=s[1]*t+s[5]*i+s[9]*r,this.z=s[2]*t+s[6]*i+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=Ge(this.x,e.x,t.x),this.y=Ge(this.y,e.y,t.y),this.z=Ge(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=Ge(this.x,e,t),this.y=Ge(this.y,e,t),this.z=Ge(this.z,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Ge(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let i=e.x,r=e.y,s=e.z,a=t.x,o=t.y,l=t.z;return this.x=r*l-s*o,this.y=s*a-i*l,this.z=i*o-r*a,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let i=e.dot(this)/t;return this.copy(e).multiplyScalar(i)}projectOnPlane(e){return yh.copy(this).projectOnVector(e),this.sub(yh)}reflect(e){return this.sub(yh.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(Ge(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y,r=this.z-e.z;return t*t+i*i+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,i){let r=Math.sin(t)*e;return this.x=r*Math.sin(i),this.y=Math.cos(t)*e,this.z=r*Math.cos(i),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,i){return this.x=e*Math.sin(t),this.y=i,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),i=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=i,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,i=Math.sqrt(1-t*t);return this.x=i*Math.cos(e),this.y=t,this.z=i*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};Iu.prototype.isVector3=!0;var B=Iu,yh=new B,gp=new sn,Lu=class Lu{constructor(e,t,i,r,s,a,o,l,c){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,l,c)}set(e,t,i,r,s,a,o,l,c){let h=this.elements;return h[0]=e,h[1]=r,h[2]=o,h[3]=t,h[4]=s,h[5]=l,h[6]=i,h[7]=a,h[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],this}extractBasis(e,t,i){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),i.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[3],l=i[6],c=i[1],h=i[4],f=i[7],u=i[2],d=i[5],p=i[8],b=r[0],g=r[3],m=r[6],_=r[1],A=r[4],M=r[7],E=r[2],w=r[5],x=r[8];return s[0]=a*b+o*_+l*E,s[3]=a*g+o*A+l*w,s[6]=a*m+o*M+l*x,s[1]=c*b+h*_+f*E,s[4]=c*g+h*A+f*w,s[7]=c*m+h*M+f*x,s[2]=u*b+d*_+p*E,s[5]=u*g+d*A+p*w,s[8]=u*m+d*M+p*x,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8];return t*a*h-t*o*c-i*s*h+i*o*l+r*s*c-r*a*l}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8],f=h*a-o*c,u=o*l-h*s,d=c*s-a*l,p=t*f+i*u+r*d;if(p===0)return this.set(0,0,0,0,0,0,0,0,0);let b=1/p;return e[0]=f*b,e[1]=(r*c-h*i)*b,e[2]=(o*i-r*a)*b,e[3]=u*b,e[4]=(h*t-r*l)*b,e[5]=(r*s-o*t)*b,e[6]=d*b,e[7]=(i*l-c*t)*b,e[8]=(a*t-i*s)*b,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,i,r,s,a,o){let l=Math.cos(s),c=Math.sin(s);return this.set(i*l,i*c,-i*(l*a+c*o)+a+e,-r*c,r*l,-r*(-c*a+l*o)+o+t,0,0,1),this}scale(e,t){return Vs("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(_h.makeScale(e,t)),this}rotate(e){return Vs("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(_h.makeRotation(-e)),this}translate(e,t){return Vs("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(_h.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,i,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<9;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<9;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e}clone(){return new this.constructor().fromArray(this.elements)}};Lu.prototype.isMatrix3=!0;var De=Lu,_h=new De,bp=new De().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),xp=new De().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function ry(){let n={enabled:!0,workingColorSpace:Xs,spaces:{},convert:function(r,s,a){return this.enabled===!1||s===a||!s||!a||(this.spaces[s].transfer===Qe&&(r.r=Jn(r.r),r.g=Jn(r.g),r.b=Jn(r.b)),this.spaces[s].primaries!==this.spaces[a].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[a].fromXYZ)),this.spaces[a].transfer===Qe&&(r.r=Hr(r.r),r.g=Hr(r.g),r.b=Hr(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===ri?$s:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,a){return r.copy(this.spaces[a].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],i=[.3127,.329];return n.define({[Xs]:{primaries:e,whitePoint:i,transfer:$s,toXYZ:bp,fromXYZ:xp,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:Dt},outputColorSpaceConfig:{drawingBufferColorSpace:Dt}},[Dt]:{primaries:e,whitePoint:i,transfer:Qe,toXYZ:bp,fromXYZ:xp,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:Dt}}}),n}var Ye=ry();function Jn(n){return n<.04045?n*.0773993808:Math.pow(n*.9478672986+.0521327014,2.4)}function Hr(n){return n<.0031308?n*12.92:1.055*Math.pow(n,.41666)-.055}var Ar,tl=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let i;if(e instanceof HTMLCanvasElement)i=e;else{Ar===void 0&&(Ar=qs("canvas")),Ar.width=e.width,Ar.height=e.height;let r=Ar.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),i=Ar}return i.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=qs("canvas");t.width=e.width,t.height=e.height;let i=t.getContext("2d");i.drawImage(e,0,0,e.width,e.height);let r=i.getImageData(0,0,e.width,e.height),s=r.data;for(let a=0;a<s.length;a++)s[a]=Jn(s[a]/255)*255;return i.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let i=0;i<t.length;i++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[i]=Math.floor(Jn(t[i]/255)*255):t[i]=Jn(t[i]);return{data:t,width:e.width,height:e.height}}else return Pe("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},sy=0,Yr=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:sy++}),this.uuid=Ti(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let i={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let a=0,o=r.length;a<o;a++)r[a].isDataTexture?s.push(vh(r[a].image)):s.push(vh(r[a]))}else s=vh(r);i.url=s}return t||(e.images[this.uuid]=i),i}};function vh(n){return typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&n instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&n instanceof ImageBitmap?tl.getDataURL(n):n.data?{data:Array.from(n.data),width:n.width,height:n.height,type:n.data.constructor.name}:(Pe("Texture: Unable to serialize Texture."),{})}var ay=0,Mh=new B,Xt=class n extends En{constructor(e=n.DEFAULT_IMAGE,t=n.DEFAULT_MAPPING,i=Un,r=Un,s=Wt,a=ni,o=Pn,l=Jt,c=n.DEFAULT_ANISOTROPY,h=ri){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:ay++}),this.uuid=Ti(),this.name="",this.source=new Yr(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=i,this.wrapT=r,this.magFilter=s,this.minFilter=a,this.anisotropy=c,this.format=o,this.internalFormat=null,this.type=l,this.offset=new Te(0,0),this.repeat=new Te(1,1),this.center=new Te(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new De,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=h,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(Mh).x}get height(){return this.source.getSize(Mh).y}get depth(){return this.source.getSize(Mh).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let i=e[t];if(i===void 0){Pe(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Pe(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&i&&r.isVector2&&i.isVector2||r&&i&&r.isVector3&&i.isVector3||r&&i&&r.isMatrix3&&i.isMatrix3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let i={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(i.userData=this.userData),t||(e.textures[this.uuid]=i),i}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==cu)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case jo:e.x=e.x-Math.floor(e.x);break;case Un:e.x=e.x<0?0:1;break;case Qo:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case jo:e.y=e.y-Math.floor(e.y);break;case Un:e.y=e.y<0?0:1;break;case Qo:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};Xt.DEFAULT_IMAGE=null;Xt.DEFAULT_MAPPING=cu;Xt.DEFAULT_ANISOTROPY=1;var Nu=class Nu{constructor(e=0,t=0,i=0,r=1){this.x=e,this.y=t,this.z=i,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,i,r){return this.x=e,this.y=t,this.z=i,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=this.w,a=e.elements;return this.x=a[0]*t+a[4]*i+a[8]*r+a[12]*s,this.y=a[1]*t+a[5]*i+a[9]*r+a[13]*s,this.z=a[2]*t+a[6]*i+a[10]*r+a[14]*s,this.w=a[3]*t+a[7]*i+a[11]*r+a[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,i,r,s,l=e.elements,c=l[0],h=l[4],f=l[8],u=l[1],d=l[5],p=l[9],b=l[2],g=l[6],m=l[10];if(Math.abs(h-u)<.01&&Math.abs(f-b)<.01&&Math.abs(p-g)<.01){if(Math.abs(h+u)<.1&&Math.abs(f+b)<.1&&Math.abs(p+g)<.1&&Math.abs(c+d+m-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let A=(c+1)/2,M=(d+1)/2,E=(m+1)/2,w=(h+u)/4,x=(f+b)/4,S=(p+g)/4;return A>M&&A>E?A<.01?(i=0,r=.707106781,s=.707106781):(i=Math.sqrt(A),r=w/i,s=x/i):M>E?M<.01?(i=.707106781,r=0,s=.707106781):(r=Math.sqrt(M),i=w/r,s=S/r):E<.01?(i=.707106781,r=.707106781,s=0):(s=Math.sqrt(E),i=x/s,r=S/s),this.set(i,r,s,t),this}let _=Math.sqrt((g-p)*(g-p)+(f-b)*(f-b)+(u-h)*(u-h));return Math.abs(_)<.001&&(_=1),this.x=(g-p)/_,this.y=(f-b)/_,this.z=(u-h)/_,this.w=Math.acos((c+d+m-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=Ge(this.x,e.x,t.x),this.y=Ge(this.y,e.y,t.y),this.z=Ge(this.z,e.z,t.z),this.w=Ge(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=Ge(this.x,e,t),this.y=Ge(this.y,e,t),this.z=Ge(this.z,e,t),this.w=Ge(this.w,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Ge(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this.w=e.w+(t.w-e.w)*i,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};Nu.prototype.isVector4=!0;var ht=Nu,nl=class extends En{constructor(e=1,t=1,i={}){super(),i=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Wt,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},i),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=i.depth,this.scissor=new ht(0,0,e,t),this.scissorTest=!1,this.viewport=new ht(0,0,e,t),this.textures=[];let r=i.count;for(let s=0;s<r;s++)this.textures[s]=new Xt({width:e,height:t,depth:i.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(i),this.depthBuffer=i.depthBuffer,this.stencilBuffer=i.stencilBuffer,this.resolveColorBuffer=i.resolveColorBuffer,this.resolveDepthBuffer=i.resolveDepthBuffer,this.resolveStencilBuffer=i.resolveStencilBuffer,this.storeMultisampledColorBuffer=i.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=i.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=i.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=i.depthTexture,this.samples=i.samples,this.multiview=i.multiview,this.useArrayDepthTexture=i.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Wt,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let i=0;i<this.textures.length;i++)this.textures[i].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,i=1){if(this.width!==e||this.height!==t||this.depth!==i){this.width=e,this.height=t,this.depth=i;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=i,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,i=e.textures.length;t<i;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new Yr(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},an=class extends nl{constructor(e=1,t=1,i={}){super(e,t,i),this.isWebGLRenderTarget=!0}},Zs=class extends Xt{constructor(e=null,t=1,i=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=It,this.minFilter=It,this.wrapR=Un,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var il=class extends Xt{constructor(e=null,t=1,i=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=It,this.minFilter=It,this.wrapR=Un,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var Sl=class Sl{constructor(e,t,i,r,s,a,o,l,c,h,f,u,d,p,b,g){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,l,c,h,f,u,d,p,b,g)}set(e,t,i,r,s,a,o,l,c,h,f,u,d,p,b,g){let m=this.elements;return m[0]=e,m[4]=t,m[8]=i,m[12]=r,m[1]=s,m[5]=a,m[9]=o,m[13]=l,m[2]=c,m[6]=h,m[10]=f,m[14]=u,m[3]=d,m[7]=p,m[11]=b,m[15]=g,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new Sl().fromArray(this.elements)}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],t[9]=i[9],t[10]=i[10],t[11]=i[11],t[12]=i[12],t[13]=i[13],t[14]=i[14],t[15]=i[15],this}copyPosition(e){let t=this.elements,i=e.elements;return t[12]=i[12],t[13]=i[13],t[14]=i[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,i){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),i.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),i.setFromMatrixColumn(this,2),this)}makeBasis(e,t,i){return this.set(e.x,t.x,i.x,0,e.y,t.y,i.y,0,e.z,t.z,i.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,i=e.elements,r=1/Er.setFromMatrixColumn(e,0).length(),s=1/Er.setFromMatrixColumn(e,1).length(),a=1/Er.setFromMatrixColumn(e,2).length();return t[0]=i[0]*r,t[1]=i[1]*r,t[2]=i[2]*r,t[3]=0,t[4]=i[4]*s,t[5]=i[5]*s,t[6]=i[6]*s,t[7]=0,t[8]=i[8]*a,t[9]=i[9]*a,t[10]=i[10]*a,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,i=e.x,r=e.y,s=e.z,a=Math.cos(i),o=Math.sin(i),l=Math.cos(r),c=Math.sin(r),h=Math.cos(s),f=Math.sin(s);if(e.order==="XYZ"){let u=a*h,d=a*f,p=o*h,b=o*f;t[0]=l*h,t[4]=-l*f,t[8]=c,t[1]=d+p*c,t[5]=u-b*c,t[9]=-o*l,t[2]=b-u*c,t[6]=p+d*c,t[10]=a*l}else if(e.order==="YXZ"){let u=l*h,d=l*f,p=c*h,b=c*f;t[0]=u+b*o,t[4]=p*o-d,t[8]=a*c,t[1]=a*f,t[5]=a*h,t[9]=-o,t[2]=d*o-p,t[6]=b+u*o,t[10]=a*l}else if(e.order==="ZXY"){let u=l*h,d=l*f,p=c*h,b=c*f;t[0]=u-b*o,t[4]=-a*f,t[8]=p+d*o,t[1]=d+p*o,t[5]=a*h,t[9]=b-u*o,t[2]=-a*c,t[6]=o,t[10]=a*l}else if(e.order==="ZYX"){let u=a*h,d=a*f,p=o*h,b=o*f;t[0]=l*h,t[4]=p*c-d,t[8]=u*c+b,t[1]=l*f,t[5]=b*c+u,t[9]=d*c-p,t[2]=-c,t[6]=o*l,t[10]=a*l}else if(e.order==="YZX"){let u=a*l,d=a*c,p=o*l,b=o*c;t[0]=l*h,t[4]=b-u*f,t[8]=p*f+d,t[1]=f,t[5]=a*h,t[9]=-o*h,t[2]=-c*h,t[6]=d*f+p,t[10]=u-b*f}else if(e.order==="XZY"){let u=a*l,d=a*c,p=o*l,b=o*c;t[0]=l*h,t[4]=-f,t[8]=c*h,t[1]=u*f+b,t[5]=a*h,t[9]=d*f-p,t[2]=p*f-d,t[6]=o*h,t[10]=b*f+u}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(oy,e,ly)}lookAt(e,t,i){let r=this.elements;return tn.subVectors(e,t),tn.lengthSq()===0&&(tn.z=1),tn.normalize(),fi.crossVectors(i,tn),fi.lengthSq()===0&&(Math.abs(i.z)===1?tn.x+=1e-4:tn.z+=1e-4,tn.normalize(),fi.crossVectors(i,tn)),fi.normalize(),mo.crossVectors(tn,fi),r[0]=fi.x,r[4]=mo.x,r[8]=tn.x,r[1]=fi.y,r[5]=mo.y,r[9]=tn.y,r[2]=fi.z,r[6]=mo.z,r[10]=tn.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[4],l=i[8],c=i[12],h=i[1],f=i[5],u=i[9],d=i[13],p=i[2],b=i[6],g=i[10],m=i[14],_=i[3],A=i[7],M=i[11],E=i[15],w=r[0],x=r[4],S=r[8],N=r[12],C=r[1],P=r[5],L=r[9],k=r[13],R=r[2],F=r[6],W=r[10],z=r[14],Q=r[3],$=r[7],K=r[11],ee=r[15];return s[0]=a*w+o*C+l*R+c*Q,s[4]=a*x+o*P+l*F+c*$,s[8]=a*S+o*L+l*W+c*K,s[12]=a*N+o*k+l*z+c*ee,s[1]=h*w+f*C+u*R+d*Q,s[5]=h*x+f*P+u*F+d*$,s[9]=h*S+f*L+u*W+d*K,s[13]=h*N+f*k+u*z+d*ee,s[2]=p*w+b*C+g*R+m*Q,s[6]=p*x+b*P+g*F+m*$,s[10]=p*S+b*L+g*W+m*K,s[14]=p*N+b*k+g*z+m*ee,s[3]=_*w+A*C+M*R+E*Q,s[7]=_*x+A*P+M*F+E*$,s[11]=_*S+A*L+M*W+E*K,s[15]=_*N+A*k+M*z+E*ee,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[12],a=e[1],o=e[5],l=e[9],c=e[13],h=e[2],f=e[6],u=e[10],d=e[14],p=e[3],b=e[7],g=e[11],m=e[15],_=l*d-c*u,A=o*d-c*f,M=o*u-l*f,E=a*d-c*h,w=a*u-l*h,x=a*f-o*h;return t*(b*_-g*A+m*M)-i*(p*_-g*E+m*w)+r*(p*A-b*E+m*x)-s*(p*M-b*w+g*x)}determinantAffine(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[1],a=e[5],o=e[9],l=e[2],c=e[6],h=e[10];return t*(a*h-o*c)-i*(s*h-o*l)+r*(s*c-a*l)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,i){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=i),this}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8],f=e[9],u=e[10],d=e[11],p=e[12],b=e[13],g=e[14],m=e[15],_=t*o-i*a,A=t*l-r*a,M=t*c-s*a,E=i*l-r*o,w=i*c-s*o,x=r*c-s*l,S=h*b-f*p,N=h*g-u*p,C=h*m-d*p,P=f*g-u*b,L=f*m-d*b,k=u*m-d*g,R=_*k-A*L+M*P+E*C-w*N+x*S;if(R===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let F=1/R;return e[0]=(o*k-l*L+c*P)*F,e[1]=(r*L-i*k-s*P)*F,e[2]=(b*x-g*w+m*E)*F,e[3]=(u*w-f*x-d*E)*F,e[4]=(l*C-a*k-c*N)*F,e[5]=(t*k-r*C+s*N)*F,e[6]=(g*M-p*x-m*A)*F,e[7]=(h*x-u*M+d*A)*F,e[8]=(a*L-o*C+c*S)*F,e[9]=(i*C-t*L-s*S)*F,e[10]=(p*w-b*M+m*_)*F,e[11]=(f*M-h*w-d*_)*F,e[12]=(o*N-a*P-l*S)*F,e[13]=(t*P-i*N+r*S)*F,e[14]=(b*A-p*E-g*_)*F,e[15]=(h*E-f*A+u*_)*F,this}scale(e){let t=this.elements,i=e.x,r=e.y,s=e.z;return t[0]*=i,t[4]*=r,t[8]*=s,t[1]*=i,t[5]*=r,t[9]*=s,t[2]*=i,t[6]*=r,t[10]*=s,t[3]*=i,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],i=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,i,r))}makeTranslation(e,t,i){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,i,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),i=Math.sin(e);return this.set(1,0,0,0,0,t,-i,0,0,i,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,0,i,0,0,1,0,0,-i,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,0,i,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let i=Math.cos(t),r=Math.sin(t),s=1-i,a=e.x,o=e.y,l=e.z,c=s*a,h=s*o;return this.set(c*a+i,c*o-r*l,c*l+r*o,0,c*o+r*l,h*o+i,h*l-r*a,0,c*l-r*o,h*l+r*a,s*l*l+i,0,0,0,0,1),this}makeScale(e,t,i){return this.set(e,0,0,0,0,t,0,0,0,0,i,0,0,0,0,1),this}makeShear(e,t,i,r,s,a){return this.set(1,i,s,0,e,1,a,0,t,r,1,0,0,0,0,1),this}compose(e,t,i){let r=this.elements,s=t._x,a=t._y,o=t._z,l=t._w,c=s+s,h=a+a,f=o+o,u=s*c,d=s*h,p=s*f,b=a*h,g=a*f,m=o*f,_=l*c,A=l*h,M=l*f,E=i.x,w=i.y,x=i.z;return r[0]=(1-(b+m))*E,r[1]=(d+M)*E,r[2]=(p-A)*E,r[3]=0,r[4]=(d-M)*w,r[5]=(1-(u+m))*w,r[6]=(g+_)*w,r[7]=0,r[8]=(p+A)*x,r[9]=(g-_)*x,r[10]=(1-(u+b))*x,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,i){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return i.set(1,1,1),t.identity(),this;let a=Er.set(r[0],r[1],r[2]).length(),o=Er.set(r[4],r[5],r[6]).length(),l=Er.set(r[8],r[9],r[10]).length();s<0&&(a=-a),Sn.copy(this);let c=1/a,h=1/o,f=1/l;return Sn.elements[0]*=c,Sn.elements[1]*=c,Sn.elements[2]*=c,Sn.elements[4]*=h,Sn.elements[5]*=h,Sn.elements[6]*=h,Sn.elements[8]*=f,Sn.elements[9]*=f,Sn.elements[10]*=f,t.setFromRotationMatrix(Sn),i.x=a,i.y=o,i.z=l,this}makePerspective(e,t,i,r,s,a,o=pn,l=!1){let c=this.elements,h=2*s/(t-e),f=2*s/(i-r),u=(t+e)/(t-e),d=(i+r)/(i-r),p,b;if(l)p=s/(a-s),b=a*s/(a-s);else if(o===pn)p=-(a+s)/(a-s),b=-2*a*s/(a-s);else if(o===Xr)p=-a/(a-s),b=-a*s/(a-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+o);return c[0]=h,c[4]=0,c[8]=u,c[12]=0,c[1]=0,c[5]=f,c[9]=d,c[13]=0,c[2]=0,c[6]=0,c[10]=p,c[14]=b,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(e,t,i,r,s,a,o=pn,l=!1){let c=this.elements,h=2/(t-e),f=2/(i-r),u=-(t+e)/(t-e),d=-(i+r)/(i-r),p,b;if(l)p=1/(a-s),b=a/(a-s);else if(o===pn)p=-2/(a-s),b=-(a+s)/(a-s);else if(o===Xr)p=-1/(a-s),b=-s/(a-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+o);return c[0]=h,c[4]=0,c[8]=0,c[12]=u,c[1]=0,c[5]=f,c[9]=0,c[13]=d,c[2]=0,c[6]=0,c[10]=p,c[14]=b,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<16;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<16;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e[t+9]=i[9],e[t+10]=i[10],e[t+11]=i[11],e[t+12]=i[12],e[t+13]=i[13],e[t+14]=i[14],e[t+15]=i[15],e}};Sl.prototype.isMatrix4=!0;var Ke=Sl,Er=new B,Sn=new Ke,oy=new B(0,0,0),ly=new B(1,1,1),fi=new B,mo=new B,tn=new B,yp=new Ke,_p=new sn,Qn=class n{constructor(e=0,t=0,i=0,r=n.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=i,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,i,r=this._order){return this._x=e,this._y=t,this._z=i,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,i=!0){let r=e.elements,s=r[0],a=r[4],o=r[8],l=r[1],c=r[5],h=r[9],f=r[2],u=r[6],d=r[10];switch(t){case"XYZ":this._y=Math.asin(Ge(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(-h,d),this._z=Math.atan2(-a,s)):(this._x=Math.atan2(u,c),this._z=0);break;case"YXZ":this._x=Math.asin(-Ge(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(o,d),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-f,s),this._z=0);break;case"ZXY":this._x=Math.asin(Ge(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(-f,d),this._z=Math.atan2(-a,c)):(this._y=0,this._z=Math.atan2(l,s));break;case"ZYX":this._y=Math.asin(-Ge(f,-1,1)),Math.abs(f)<.9999999?(this._x=Math.atan2(u,d),this._z=Math.atan2(l,s)):(this._x=0,this._z=Math.atan2(-a,c));break;case"YZX":this._z=Math.asin(Ge(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-h,c),this._y=Math.atan2(-f,s)):(this._x=0,this._y=Math.atan2(o,d));break;case"XZY":this._z=Math.asin(-Ge(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(u,c),this._y=Math.atan2(o,s)):(this._x=Math.atan2(-h,d),this._y=0);break;default:Pe("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,i===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,i){return yp.makeRotationFromQuaternion(e),this.setFromRotationMatrix(yp,t,i)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return _p.setFromEuler(this),this.setFromQuaternion(_p,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};Qn.DEFAULT_ORDER="XYZ";var Zr=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},cy=0,vp=new B,Tr=new sn,Xn=new Ke,go=new B,Is=new B,hy=new B,uy=new sn,Mp=new B(1,0,0),Sp=new B(0,1,0),wp=new B(0,0,1),Ap={type:"added"},fy={type:"removed"},Cr={type:"childadded",child:null},Sh={type:"childremoved",child:null},Mt=class n extends En{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:cy++}),this.uuid=Ti(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=n.DEFAULT_UP.clone();let e=new B,t=new Qn,i=new sn,r=new B(1,1,1);function s(){i.setFromEuler(t,!1)}function a(){t.setFromQuaternion(i,void 0,!1)}t._onChange(s),i._onChange(a),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:i},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new Ke},normalMatrix:{value:new De}}),this.matrix=new Ke,this.matrixWorld=new Ke,this.matrixAutoUpdate=n.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=n.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new Zr,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return Tr.setFromAxisAngle(e,t),this.quaternion.multiply(Tr),this}rotateOnWorldAxis(e,t){return Tr.setFromAxisAngle(e,t),this.quaternion.premultiply(Tr),this}rotateX(e){return this.rotateOnAxis(Mp,e)}rotateY(e){return this.rotateOnAxis(Sp,e)}rotateZ(e){return this.rotateOnAxis(wp,e)}translateOnAxis(e,t){return vp.copy(e).applyQuaternion(this.quaternion),this.position.add(vp.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(Mp,e)}translateY(e){return this.translateOnAxis(Sp,e)}translateZ(e){return this.translateOnAxis(wp,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Xn.copy(this.matrixWorld).invert())}lookAt(e,t,i){e.isVector3?go.copy(e):go.set(e,t,i);let r=this.parent;this.updateWorldMatrix(!0,!1),Is.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Xn.lookAt(Is,go,this.up):Xn.lookAt(go,Is,this.up),this.quaternion.setFromRotationMatrix(Xn),r&&(Xn.extractRotation(r.matrixWorld),Tr.setFromRotationMatrix(Xn),this.quaternion.premultiply(Tr.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(Le("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(Ap),Cr.child=e,this.dispatchEvent(Cr),Cr.child=null):Le("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let i=0;i<arguments.length;i++)this.remove(arguments[i]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(fy),Sh.child=e,this.dispatchEvent(Sh),Sh.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Xn.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Xn.multiply(e.parent.matrixWorld)),e.applyMatrix4(Xn),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(Ap),Cr.child=e,this.dispatchEvent(Cr),Cr.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let i=0,r=this.children.length;i<r;i++){let a=this.children[i].getObjectByProperty(e,t);if(a!==void 0)return a}}getObjectsByProperty(e,t,i=[]){this[e]===t&&i.push(this);let r=this.children;for(let s=0,a=r.length;s<a;s++)r[s].getObjectsByProperty(e,t,i);return i}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Is,e,hy),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Is,uy,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,i=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*i-s[8]*r,s[13]+=i-s[1]*t-s[5]*i-s[9]*r,s[14]+=r-s[2]*t-s[6]*i-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].updateMatrixWorld(e)}updateWorldMatrix(e,t,i=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||i)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,i=!0),t===!0){let s=this.children;for(let a=0,o=s.length;a<o;a++)s[a].updateWorldMatrix(!1,!0,i)}}toJSON(e){let t=e===void 0||typeof e=="string",i={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},i.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(o=>({...o,boundingBox:o.boundingBox?o.boundingBox.toJSON():void 0,boundingSphere:o.boundingSphere?o.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(o=>({...o})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(o,l){return o[l.uuid]===void 0&&(o[l.uuid]=l.toJSON(e)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let o=this.geometry.parameters;if(o!==void 0&&o.shapes!==void 0){let l=o.shapes;if(Array.isArray(l))for(let c=0,h=l.length;c<h;c++){let f=l[c];s(e.shapes,f)}else s(e.shapes,l)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let o=[];for(let l=0,c=this.material.length;l<c;l++)o.push(s(e.materials,this.material[l]));r.material=o}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let o=0;o<this.children.length;o++)r.children.push(this.children[o].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let o=0;o<this.animations.length;o++){let l=this.animations[o];r.animations.push(s(e.animations,l))}}if(t){let o=a(e.geometries),l=a(e.materials),c=a(e.textures),h=a(e.images),f=a(e.shapes),u=a(e.skeletons),d=a(e.animations),p=a(e.nodes);o.length>0&&(i.geometries=o),l.length>0&&(i.materials=l),c.length>0&&(i.textures=c),h.length>0&&(i.images=h),f.length>0&&(i.shapes=f),u.length>0&&(i.skeletons=u),d.length>0&&(i.animations=d),p.length>0&&(i.nodes=p)}return i.object=r,i;function a(o){let l=[];for(let c in o){let h=o[c];delete h.metadata,l.push(h)}return l}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let i=0;i<e.children.length;i++){let r=e.children[i];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Mt.DEFAULT_UP=new B(0,1,0);Mt.DEFAULT_MATRIX_AUTO_UPDATE=!0;Mt.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var Wi=class extends Mt{constructor(){super(),this.isGroup=!0,this.type="Group"}},dy={type:"move"},Kr=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new Wi,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new Wi,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new B,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new B),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new Wi,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new B,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new B,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let i of e.hand.values())this._getHandJoint(t,i)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,i){let r=null,s=null,a=null,o=this._targetRay,l=this._grip,c=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(c&&e.hand){a=!0;for(let b of e.hand.values()){let g=t.getJointPose(b,i),m=this._getHandJoint(c,b);g!==null&&(m.matrix.fromArray(g.transform.matrix),m.matrix.decompose(m.position,m.quaternion,m.scale),m.matrixWorldNeedsUpdate=!0,m.jointRadius=g.radius),m.visible=g!==null}let h=c.joints["index-finger-tip"],f=c.joints["thumb-tip"],u=h.position.distanceTo(f.position),d=.02,p=.005;c.inputState.pinching&&u>d+p?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!c.inputState.pinching&&u<=d-p&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else l!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,i),s!==null&&(l.matrix.fromArray(s.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,s.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(s.linearVelocity)):l.hasLinearVelocity=!1,s.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(s.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:e,target:this})));o!==null&&(r=t.getPose(e.targetRaySpace,i),r===null&&s!==null&&(r=s),r!==null&&(o.matrix.fromArray(r.transform.matrix),o.matrix.decompose(o.position,o.quaternion,o.scale),o.matrixWorldNeedsUpdate=!0,r.linearVelocity?(o.hasLinearVelocity=!0,o.linearVelocity.copy(r.linearVelocity)):o.hasLinearVelocity=!1,r.angularVelocity?(o.hasAngularVelocity=!0,o.angularVelocity.copy(r.angularVelocity)):o.hasAngularVelocity=!1,this.dispatchEvent(dy)))}return o!==null&&(o.visible=r!==null),l!==null&&(l.visible=s!==null),c!==null&&(c.visible=a!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let i=new Wi;i.matrixAutoUpdate=!1,i.visible=!1,e.joints[t.jointName]=i,e.add(i)}return e.joints[t.jointName]}},Nm={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},di={h:0,s:0,l:0},bo={h:0,s:0,l:0};function wh(n,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?n+(e-n)*6*t:t<1/2?e:t<2/3?n+(e-n)*6*(2/3-t):n}var Oe=class{constructor(e,t,i){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,i)}set(e,t,i){if(t===void 0&&i===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,i);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=Dt){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Ye.colorSpaceToWorking(this,t),this}setRGB(e,t,i,r=Ye.workingColorSpace){return this.r=e,this.g=t,this.b=i,Ye.colorSpaceToWorking(this,r),this}setHSL(e,t,i,r=Ye.workingColorSpace){if(e=vu(e,1),t=Ge(t,0,1),i=Ge(i,0,1),t===0)this.r=this.g=this.b=i;else{let s=i<=.5?i*(1+t):i+t-i*t,a=2*i-s;this.r=wh(a,s,e+1/3),this.g=wh(a,s,e),this.b=wh(a,s,e-1/3)}return Ye.colorSpaceToWorking(this,r),this}setStyle(e,t=Dt){function i(s){s!==void 0&&parseFloat(s)<1&&Pe("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,a=r[1],o=r[2];switch(a){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:Pe("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],a=s.length;if(a===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(a===6)return this.setHex(parseInt(s,16),t);Pe("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=Dt){let i=Nm[e.toLowerCase()];return i!==void 0?this.setHex(i,t):Pe("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=Jn(e.r),this.g=Jn(e.g),this.b=Jn(e.b),this}copyLinearToSRGB(e){return this.r=Hr(e.r),this.g=Hr(e.g),this.b=Hr(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=Dt){return Ye.workingToColorSpace(kt.copy(this),e),Math.round(Ge(kt.r*255,0,255))*65536+Math.round(Ge(kt.g*255,0,255))*256+Math.round(Ge(kt.b*255,0,255))}getHexString(e=Dt){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Ye.workingColorSpace){Ye.workingToColorSpace(kt.copy(this),t);let i=kt.r,r=kt.g,s=kt.b,a=Math.max(i,r,s),o=Math.min(i,r,s),l,c,h=(o+a)/2;if(o===a)l=0,c=0;else{let f=a-o;switch(c=h<=.5?f/(a+o):f/(2-a-o),a){case i:l=(r-s)/f+(r<s?6:0);break;case r:l=(s-i)/f+2;break;case s:l=(i-r)/f+4;break}l/=6}return e.h=l,e.s=c,e.l=h,e}getRGB(e,t=Ye.workingColorSpace){return Ye.workingToColorSpace(kt.copy(this),t),e.r=kt.r,e.g=kt.g,e.b=kt.b,e}getStyle(e=Dt){Ye.workingToColorSpace(kt.copy(this),e);let t=kt.r,i=kt.g,r=kt.b;return e!==Dt?`color(${e} ${t.toFixed(3)} ${i.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(i*255)},${Math.round(r*255)})`}offsetHSL(e,t,i){return this.getHSL(di),this.setHSL(di.h+e,di.s+t,di.l+i)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,i){return this.r=e.r+(t.r-e.r)*i,this.g=e.g+(t.g-e.g)*i,this.b=e.b+(t.b-e.b)*i,this}lerpHSL(e,t){this.getHSL(di),e.getHSL(bo);let i=Hs(di.h,bo.h,t),r=Hs(di.s,bo.s,t),s=Hs(di.l,bo.l,t);return this.setHSL(i,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,i=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*i+s[6]*r,this.g=s[1]*t+s[4]*i+s[7]*r,this.b=s[2]*t+s[5]*i+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},kt=new Oe;Oe.NAMES=Nm;var Ks=class extends Mt{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new Qn,this.environmentIntensity=1,this.environmentRotation=new Qn,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},wn=new B,$n=new B,Ah=new B,qn=new B,Rr=new B,Pr=new B,Ep=new B,Eh=new B,Th=new B,Ch=new B,Rh=new ht,Ph=new ht,Ih=new ht,Kn=class n{constructor(e=new B,t=new B,i=new B){this.a=e,this.b=t,this.c=i}static getNormal(e,t,i,r){r.subVectors(i,t),wn.subVectors(e,t),r.cross(wn);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,i,r,s){wn.subVectors(r,t),$n.subVectors(i,t),Ah.subVectors(e,t);let a=wn.dot(wn),o=wn.dot($n),l=wn.dot(Ah),c=$n.dot($n),h=$n.dot(Ah),f=a*c-o*o;if(f===0)return s.set(0,0,0),null;let u=1/f,d=(c*l-o*h)*u,p=(a*h-o*l)*u;return s.set(1-d-p,p,d)}static containsPoint(e,t,i,r){return this.getBarycoord(e,t,i,r,qn)===null?!1:qn.x>=0&&qn.y>=0&&qn.x+qn.y<=1}static getInterpolation(e,t,i,r,s,a,o,l){return this.getBarycoord(e,t,i,r,qn)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(s,qn.x),l.addScaledVector(a,qn.y),l.addScaledVector(o,qn.z),l)}static getInterpolatedAttribute(e,t,i,r,s,a){return Rh.setScalar(0),Ph.setScalar(0),Ih.setScalar(0),Rh.fromBufferAttribute(e,t),Ph.fromBufferAttribute(e,i),Ih.fromBufferAttribute(e,r),a.setScalar(0),a.addScaledVector(Rh,s.x),a.addScaledVector(Ph,s.y),a.addScaledVector(Ih,s.z),a}static isFrontFacing(e,t,i,r){return wn.subVectors(i,t),$n.subVectors(e,t),wn.cross($n).dot(r)<0}set(e,t,i){return this.a.copy(e),this.b.copy(t),this.c.copy(i),this}setFromPointsAndIndices(e,t,i,r){return this.a.copy(e[t]),this.b.copy(e[i]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,i,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,i),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return wn.subVectors(this.c,this.b),$n.subVectors(this.a,this.b),wn.cross($n).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return n.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return n.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,i,r,s){return n.getInterpolation(e,this.a,this.b,this.c,t,i,r,s)}containsPoint(e){return n.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return n.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let i=this.a,r=this.b,s=this.c,a,o;Rr.subVectors(r,i),Pr.subVectors(s,i),Eh.subVectors(e,i);let l=Rr.dot(Eh),c=Pr.dot(Eh);if(l<=0&&c<=0)return t.copy(i);Th.subVectors(e,r);let h=Rr.dot(Th),f=Pr.dot(Th);if(h>=0&&f<=h)return t.copy(r);let u=l*f-h*c;if(u<=0&&l>=0&&h<=0&&l-h>0)return a=l/(l-h),t.copy(i).addScaledVector(Rr,a);Ch.subVectors(e,s);let d=Rr.dot(Ch),p=Pr.dot(Ch);if(p>=0&&d<=p)return t.copy(s);let b=d*c-l*p;if(b<=0&&c>=0&&p<=0)return o=c/(c-p),t.copy(i).addScaledVector(Pr,o);let g=h*p-d*f;if(g<=0&&f-h>=0&&d-p>=0)return Ep.subVectors(s,r),o=(f-h)/(f-h+(d-p)),t.copy(r).addScaledVector(Ep,o);let m=1/(g+b+u);return a=b*m,o=u*m,t.copy(i).addScaledVector(Rr,a).addScaledVector(Pr,o)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},mn=class{constructor(e=new B(1/0,1/0,1/0),t=new B(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t+=3)this.expandByPoint(An.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,i=e.count;t<i;t++)this.expandByPoint(An.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let i=An.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(i),this.max.copy(e).add(i),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let i=e.geometry;if(i!==void 0){let s=i.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let a=0,o=s.count;a<o;a++)e.isMesh===!0?e.getVertexPosition(a,An):An.fromBufferAttribute(s,a),An.applyMatrix4(e.matrixWorld),this.expandByPoint(An);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),xo.copy(e.boundingBox)):(i.boundingBox===null&&i.computeBoundingBox(),xo.copy(i.boundingBox)),xo.applyMatrix4(e.matrixWorld),this.union(xo)}let r=e.children;for(let s=0,a=r.length;s<a;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,An),An.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,i;return e.normal.x>0?(t=e.normal.x*this.min.x,i=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,i=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,i+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,i+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,i+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,i+=e.normal.z*this.min.z),t<=-e.constant&&i>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Ls),yo.subVectors(this.max,Ls),Ir.subVectors(e.a,Ls),Lr.subVectors(e.b,Ls),Nr.subVectors(e.c,Ls),pi.subVectors(Lr,Ir),mi.subVectors(Nr,Lr),zi.subVectors(Ir,Nr);let t=[0,-pi.z,pi.y,0,-mi.z,mi.y,0,-zi.z,zi.y,pi.z,0,-pi.x,mi.z,0,-mi.x,zi.z,0,-zi.x,-pi.y,pi.x,0,-mi.y,mi.x,0,-zi.y,zi.x,0];return!Lh(t,Ir,Lr,Nr,yo)||(t=[1,0,0,0,1,0,0,0,1],!Lh(t,Ir,Lr,Nr,yo))?!1:(_o.crossVectors(pi,mi),t=[_o.x,_o.y,_o.z],Lh(t,Ir,Lr,Nr,yo))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,An).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(An).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Yn[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Yn[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Yn[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Yn[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Yn[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Yn[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Yn[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Yn[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Yn),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Yn=[new B,new B,new B,new B,new B,new B,new B,new B],An=new B,xo=new mn,Ir=new B,Lr=new B,Nr=new B,pi=new B,mi=new B,zi=new B,Ls=new B,yo=new B,_o=new B,Vi=new B;function Lh(n,e,t,i,r){for(let s=0,a=n.length-3;s<=a;s+=3){Vi.fromArray(n,s);let o=r.x*Math.abs(Vi.x)+r.y*Math.abs(Vi.y)+r.z*Math.abs(Vi.z),l=e.dot(Vi),c=t.dot(Vi),h=i.dot(Vi);if(Math.max(-Math.max(l,c,h),Math.min(l,c,h))>o)return!1}return!0}var gt=new B,vo=new Te,py=0,bt=class extends En{constructor(e,t,i=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:py++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=i,this.usage=yu,this.updateRanges=[],this.gpuType=xn,this.version=0,this._normalizationScale=e!==void 0?fc(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,i){e*=this.itemSize,i*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[i+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,i=this.count;t<i;t++)vo.fromBufferAttribute(this,t),vo.applyMatrix3(e),this.setXY(t,vo.x,vo.y);else if(this.itemSize===3)for(let t=0,i=this.count;t<i;t++)gt.fromBufferAttribute(this,t),gt.applyMatrix3(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}applyMatrix4(e){for(let t=0,i=this.count;t<i;t++)gt.fromBufferAttribute(this,t),gt.applyMatrix4(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)gt.fromBufferAttribute(this,t),gt.applyNormalMatrix(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)gt.fromBufferAttribute(this,t),gt.transformDirection(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let i=this.array[e*this.itemSize+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.array[e*this.itemSize+t]=i,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,i){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.array[e+0]=t,this.array[e+1]=i,this}setXYZ(e,t,i,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this}setXYZW(e,t,i,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Su(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):wu(e,this.array)}};var Js=class extends bt{constructor(e,t,i){super(new Uint16Array(e),t,i)}};var js=class extends bt{constructor(e,t,i){super(new Uint32Array(e),t,i)}};var Ft=class extends bt{constructor(e,t,i){super(new Float32Array(e),t,i)}},my=new mn,Ns=new B,Nh=new B,gn=class{constructor(e=new B,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let i=this.center;t!==void 0?i.copy(t):my.setFromPoints(e).getCenter(i);let r=0;for(let s=0,a=e.length;s<a;s++)r=Math.max(r,i.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let i=this.center.distanceToSquared(e);return t.copy(e),i>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Ns.subVectors(e,this.center);let t=Ns.lengthSq();if(t>this.radius*this.radius){let i=Math.sqrt(t),r=(i-this.radius)*.5;this.center.addScaledVector(Ns,r/i),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(Nh.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Ns.copy(e.center).add(Nh)),this.expandByPoint(Ns.copy(e.center).sub(Nh))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},gy=0,dn=new Ke,Dh=new Mt,Dr=new B,nn=new mn,Ds=new mn,Pt=new B,xt=class n extends En{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:gy++}),this.uuid=Ti(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(Vx(e)?js:Js)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,i=0){this.groups.push({start:e,count:t,materialIndex:i})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let i=this.attributes.normal;if(i!==void 0){let s=new De().getNormalMatrix(e);i.applyNormalMatrix(s),i.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return dn.makeRotationFromQuaternion(e),this.applyMatrix4(dn),this}rotateX(e){return dn.makeRotationX(e),this.applyMatrix4(dn),this}rotateY(e){return dn.makeRotationY(e),this.applyMatrix4(dn),this}rotateZ(e){return dn.makeRotationZ(e),this.applyMatrix4(dn),this}translate(e,t,i){return dn.makeTranslation(e,t,i),this.applyMatrix4(dn),this}scale(e,t,i){return dn.makeScale(e,t,i),this.applyMatrix4(dn),this}lookAt(e){return Dh.lookAt(e),Dh.updateMatrix(),this.applyMatrix4(Dh.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Dr).negate(),this.translate(Dr.x,Dr.y,Dr.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let i=[];for(let r=0,s=e.length;r<s;r++){let a=e[r];i.push(a.x,a.y,a.z||0)}this.setAttribute("position",new Ft(i,3))}else{let i=Math.min(e.length,t.count);for(let r=0;r<i;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&Pe("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new mn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Le("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new B(-1/0,-1/0,-1/0),new B(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let i=0,r=t.length;i<r;i++){let s=t[i];nn.setFromBufferAttribute(s),this.morphTargetsRelative?(Pt.addVectors(this.boundingBox.min,nn.min),this.boundingBox.expandByPoint(Pt),Pt.addVectors(this.boundingBox.max,nn.max),this.boundingBox.expandByPoint(Pt)):(this.boundingBox.expandByPoint(nn.min),this.boundingBox.expandByPoint(nn.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Le('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new gn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Le("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new B,1/0);return}if(e){let i=this.boundingSphere.center;if(nn.setFromBufferAttribute(e),t)for(let s=0,a=t.length;s<a;s++){let o=t[s];Ds.setFromBufferAttribute(o),this.morphTargetsRelative?(Pt.addVectors(nn.min,Ds.min),nn.expandByPoint(Pt),Pt.addVectors(nn.max,Ds.max),nn.expandByPoint(Pt)):(nn.expandByPoint(Ds.min),nn.expandByPoint(Ds.max))}nn.getCenter(i);let r=0;for(let s=0,a=e.count;s<a;s++)Pt.fromBufferAttribute(e,s),r=Math.max(r,i.distanceToSquared(Pt));if(t)for(let s=0,a=t.length;s<a;s++){let o=t[s],l=this.morphTargetsRelative;for(let c=0,h=o.count;c<h;c++)Pt.fromBufferAttribute(o,c),l&&(Dr.fromBufferAttribute(e,c),Pt.add(Dr)),r=Math.max(r,i.distanceToSquared(Pt))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&Le('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){Le("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let i=t.position,r=t.normal,s=t.uv,a=this.getAttribute("tangent");(a===void 0||a.count!==i.count)&&(a=new bt(new Float32Array(4*i.count),4),this.setAttribute("tangent",a));let o=[],l=[],c=new Uint8Array(i.count);for(let N=0;N<i.count;N++)o[N]=new B,l[N]=new B;let h=new B,f=new B,u=new B,d=new Te,p=new Te,b=new Te,g=new B,m=new B;function _(N,C,P){c[N]=c[C]=c[P]=1,h.fromBufferAttribute(i,N),f.fromBufferAttribute(i,C),u.fromBufferAttribute(i,P),d.fromBufferAttribute(s,N),p.fromBufferAttribute(s,C),b.fromBufferAttribute(s,P),f.sub(h),u.sub(h),p.sub(d),b.sub(d);let L=1/(p.x*b.y-b.x*p.y);isFinite(L)&&(g.copy(f).multiplyScalar(b.y).addScaledVector(u,-p.y).multiplyScalar(L),m.copy(u).multiplyScalar(p.x).addScaledVector(f,-b.x).multiplyScalar(L),o[N].add(g),o[C].add(g),o[P].add(g),l[N].add(m),l[C].add(m),l[P].add(m))}let A=this.groups;A.length===0&&(A=[{start:0,count:e.count}]);for(let N=0,C=A.length;N<C;++N){let P=A[N],L=P.start,k=P.count;for(let R=L,F=L+k;R<F;R+=3)_(e.getX(R+0),e.getX(R+1),e.getX(R+2))}let M=new B,E=new B,w=new B,x=new B;function S(N){w.fromBufferAttribute(r,N),x.copy(w);let C=o[N];M.copy(C),M.sub(w.multiplyScalar(w.dot(C))).normalize(),E.crossVectors(x,C);let L=E.dot(l[N])<0?-1:1;a.setXYZW(N,M.x,M.y,M.z,L)}for(let N=0,C=i.count;N<C;++N)c[N]&&S(N);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let i=this.getAttribute("normal");if(i===void 0||i.count!==t.count)i=new bt(new Float32Array(t.count*3),3),this.setAttribute("normal",i);else for(let u=0,d=i.count;u<d;u++)i.setXYZ(u,0,0,0);let r=new B,s=new B,a=new B,o=new B,l=new B,c=new B,h=new B,f=new B;if(e)for(let u=0,d=e.count;u<d;u+=3){let p=e.getX(u+0),b=e.getX(u+1),g=e.getX(u+2);r.fromBufferAttribute(t,p),s.fromBufferAttribute(t,b),a.fromBufferAttribute(t,g),h.subVectors(a,s),f.subVectors(r,s),h.cross(f),o.fromBufferAttribute(i,p),l.fromBufferAttribute(i,b),c.fromBufferAttribute(i,g),o.add(h),l.add(h),c.add(h),i.setXYZ(p,o.x,o.y,o.z),i.setXYZ(b,l.x,l.y,l.z),i.setXYZ(g,c.x,c.y,c.z)}else for(let u=0,d=t.count;u<d;u+=3)r.fromBufferAttribute(t,u+0),s.fromBufferAttribute(t,u+1),a.fromBufferAttribute(t,u+2),h.subVectors(a,s),f.subVectors(r,s),h.cross(f),i.setXYZ(u+0,h.x,h.y,h.z),i.setXYZ(u+1,h.x,h.y,h.z),i.setXYZ(u+2,h.x,h.y,h.z);this.normalizeNormals(),i.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,i=e.count;t<i;t++)Pt.fromBufferAttribute(e,t),Pt.normalize(),e.setXYZ(t,Pt.x,Pt.y,Pt.z)}toNonIndexed(){function e(o,l){let c=o.array,h=o.itemSize,f=o.normalized,u=new c.constructor(l.length*h),d=0,p=0;for(let b=0,g=l.length;b<g;b++){o.isInterleavedBufferAttribute?d=l[b]*o.data.stride+o.offset:d=l[b]*h;for(let m=0;m<h;m++)u[p++]=c[d++]}return new bt(u,h,f)}if(this.index===null)return Pe("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new n,i=this.index.array,r=this.attributes;for(let o in r){let l=r[o],c=e(l,i);t.setAttribute(o,c)}let s=this.morphAttributes;for(let o in s){let l=[],c=s[o];for(let h=0,f=c.length;h<f;h++){let u=c[h],d=e(u,i);l.push(d)}t.morphAttributes[o]=l}t.morphTargetsRelative=this.morphTargetsRelative;let a=this.groups;for(let o=0,l=a.length;o<l;o++){let c=a[o];t.addGroup(c.start,c.count,c.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(e[c]=l[c]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let i=this.attributes;for(let l in i){let c=i[l];e.data.attributes[l]=c.toJSON(e.data)}let r={},s=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],h=[];for(let f=0,u=c.length;f<u;f++){let d=c[f];h.push(d.toJSON(e.data))}h.length>0&&(r[l]=h,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let a=this.groups;a.length>0&&(e.data.groups=JSON.parse(JSON.stringify(a)));let o=this.boundingSphere;return o!==null&&(e.data.boundingSphere=o.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let i=e.index;i!==null&&this.setIndex(i.clone());let r=e.attributes;for(let c in r){let h=r[c];this.setAttribute(c,h.clone(t))}let s=e.morphAttributes;for(let c in s){let h=[],f=s[c];for(let u=0,d=f.length;u<d;u++)h.push(f[u].clone(t));this.morphAttributes[c]=h}this.morphTargetsRelative=e.morphTargetsRelative;let a=e.groups;for(let c=0,h=a.length;c<h;c++){let f=a[c];this.addGroup(f.start,f.count,f.materialIndex)}let o=e.boundingBox;o!==null&&(this.boundingBox=o.clone());let l=e.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}},rl=class{constructor(e,t){this.isInterleavedBuffer=!0,this.array=e,this.stride=t,this.count=e!==void 0?e.length/t:0,this.usage=yu,this.updateRanges=[],this.version=0,this.uuid=Ti()}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.array=new e.array.constructor(e.array),this.count=e.count,this.stride=e.stride,this.usage=e.usage,this}copyAt(e,t,i){e*=this.stride,i*=t.stride;for(let r=0,s=this.stride;r<s;r++)this.array[e+r]=t.array[i+r];return this}set(e,t=0){return this.array.set(e,t),this}clone(e){e.arrayBuffers===void 0&&(e.arrayBuffers={});let t=Tp(this.array);e.arrayBuffers[t]===void 0&&(e.arrayBuffers[t]=this.array.slice(0).buffer);let i=new this.array.constructor(e.arrayBuffers[t]),r=new this.constructor(i,this.stride);return r.setUsage(this.usage),r}onUpload(e){return this.onUploadCallback=e,this}toJSON(e){e.arrayBuffers===void 0&&(e.arrayBuffers={});let t=Tp(this.array);e.arrayBuffers[t]===void 0&&(e.arrayBuffers[t]=Array.from(new Uint32Array(this.array.slice(0).buffer)));let i={uuid:this.uuid,buffer:t,type:this.array.constructor.name,stride:this.stride};return i.usage=this.usage,i}};function Tp(n){return n.buffer._uuid===void 0&&(n.buffer._uuid=Ti()),n.byteOffset===0&&n.byteLength===n.buffer.byteLength?n.buffer._uuid:n.buffer._uuid+":"+n.byteOffset+":"+n.byteLength}var Gt=new B,Qs=class n{constructor(e,t,i,r=!1){this.isInterleavedBufferAttribute=!0,this.name="",this.data=e,this.itemSize=t,this.offset=i,this.normalized=r,this._normalizationScale=e!==void 0?fc(e.array):void 0}get count(){return this.data.count}get array(){return this.data.array}set needsUpdate(e){this.data.needsUpdate=e}applyMatrix4(e){for(let t=0,i=this.data.count;t<i;t++)Gt.fromBufferAttribute(this,t),Gt.applyMatrix4(e),this.setXYZ(t,Gt.x,Gt.y,Gt.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)Gt.fromBufferAttribute(this,t),Gt.applyNormalMatrix(e),this.setXYZ(t,Gt.x,Gt.y,Gt.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)Gt.fromBufferAttribute(this,t),Gt.transformDirection(e),this.setXYZ(t,Gt.x,Gt.y,Gt.z);return this}getComponent(e,t){let i=this.array[e*this.data.stride+this.offset+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.data.array[e*this.data.stride+this.offset+t]=i,this}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset]=t,this}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+1]=t,this}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+2]=t,this}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+3]=t,this}getX(e){let t=this.data.array[e*this.data.stride+this.offset];return this.normalized&&(t=this._denormalize(t)),t}getY(e){let t=this.data.array[e*this.data.stride+this.offset+1];return this.normalized&&(t=this._denormalize(t)),t}getZ(e){let t=this.data.array[e*this.data.stride+this.offset+2];return this.normalized&&(t=this._denormalize(t)),t}getW(e){let t=this.data.array[e*this.data.stride+this.offset+3];return this.normalized&&(t=this._denormalize(t)),t}setXY(e,t,i){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.data.array[e+0]=t,this.data.array[e+1]=i,this}setXYZ(e,t,i,r){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r)),this.data.array[e+0]=t,this.data.array[e+1]=i,this.data.array[e+2]=r,this}setXYZW(e,t,i,r,s){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r),s=this._normalize(s)),this.data.array[e+0]=t,this.data.array[e+1]=i,this.data.array[e+2]=r,this.data.array[e+3]=s,this}clone(e){if(e===void 0){Ys("InterleavedBufferAttribute.clone(): Cloning an interleaved buffer attribute will de-interleave buffer data.");let t=[];for(let i=0;i<this.count;i++){let r=i*this.data.stride+this.offset;for(let s=0;s<this.itemSize;s++)t.push(this.data.array[r+s])}return new bt(new this.array.constructor(t),this.itemSize,this.normalized)}else return e.interleavedBuffers===void 0&&(e.interleavedBuffers={}),e.interleavedBuffers[this.data.uuid]===void 0&&(e.interleavedBuffers[this.data.uuid]=this.data.clone(e)),new n(e.interleavedBuffers[this.data.uuid],this.itemSize,this.offset,this.normalized)}toJSON(e){if(e===void 0){Ys("InterleavedBufferAttribute.toJSON(): Serializing an interleaved buffer attribute will de-interleave buffer data.");let t=[];for(let i=0;i<this.count;i++){let r=i*this.data.stride+this.offset;for(let s=0;s<this.itemSize;s++)t.push(this.data.array[r+s])}return{itemSize:this.itemSize,type:this.array.constructor.name,array:t,normalized:this.normalized}}else return e.interleavedBuffers===void 0&&(e.interleavedBuffers={}),e.interleavedBuffers[this.data.uuid]===void 0&&(e.interleavedBuffers[this.data.uuid]=this.data.toJSON(e)),{isInterleavedBufferAttribute:!0,itemSize:this.itemSize,data:this.data.uuid,offset:this.offset,normalized:this.normalized}}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Su(e,this.data.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):wu(e,this.data.array)}},Fh=new B,by=new B,xy=new De,rn=class{constructor(e=new B(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,i,r){return this.normal.set(e,t,i),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,i){let r=Fh.subVectors(i,t).cross(by.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,i=!0){let r=e.delta(Fh),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let a=-(e.start.dot(this.normal)+this.constant)/s;return i===!0&&(a<0||a>1)?null:t.copy(e.start).addScaledVector(r,a)}intersectsLine(e){let t=this.distanceToPoint(e.start),i=this.distanceToPoint(e.end);return t<0&&i>0||i<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let i=t||xy.getNormalMatrix(e),r=this.coplanarPoint(Fh).applyMatrix4(e),s=this.normal.applyMatrix3(i).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},yy=0,Tn=class extends En{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:yy++}),this.uuid=Ti(),this.name="",this.type="Material",this.blending=os,this.side=wi,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=eu,this.blendDst=tu,this.blendEquation=Zi,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Oe(0,0,0),this.blendAlpha=0,this.depthFunc=Wr,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=Sm,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=Wo,this.stencilZFail=Wo,this.stencilZPass=Wo,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let i=e[t];if(i===void 0){Pe(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Pe(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(i):r&&r.isVector2&&i&&i.isVector2||r&&r.isEuler&&i&&i.isEuler||r&&r.isVector3&&i&&i.isVector3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let i={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};i.uuid=this.uuid,i.type=this.type,i.blending=this.blending,i.side=this.side,i.shadowSide=this.shadowSide,i.vertexColors=this.vertexColors,i.opacity=this.opacity,i.transparent=this.transparent,i.blendSrc=this.blendSrc,i.blendDst=this.blendDst,i.blendEquation=this.blendEquation,i.blendSrcAlpha=this.blendSrcAlpha,i.blendDstAlpha=this.blendDstAlpha,i.blendEquationAlpha=this.blendEquationAlpha,i.blendColor=this.blendColor.getHex(),i.blendAlpha=this.blendAlpha,i.depthFunc=this.depthFunc,i.depthTest=this.depthTest,i.depthWrite=this.depthWrite,i.colorWrite=this.colorWrite,i.clipIntersection=this.clipIntersection,i.clipShadows=this.clipShadows,i.stencilWriteMask=this.stencilWriteMask,i.stencilFunc=this.stencilFunc,i.stencilRef=this.stencilRef,i.stencilFuncMask=this.stencilFuncMask,i.stencilFail=this.stencilFail,i.stencilZFail=this.stencilZFail,i.stencilZPass=this.stencilZPass,i.stencilWrite=this.stencilWrite,i.polygonOffset=this.polygonOffset,i.polygonOffsetFactor=this.polygonOffsetFactor,i.polygonOffsetUnits=this.polygonOffsetUnits,i.dithering=this.dithering,i.alphaTest=this.alphaTest,i.alphaHash=this.alphaHash,i.alphaToCoverage=this.alphaToCoverage,i.premultipliedAlpha=this.premultipliedAlpha,i.forceSinglePass=this.forceSinglePass,i.allowOverride=this.allowOverride,i.visible=this.visible,i.toneMapped=this.toneMapped,i.name=this.name,this.color&&this.color.isColor&&(i.color=this.color.getHex()),this.roughness!==void 0&&(i.roughness=this.roughness),this.metalness!==void 0&&(i.metalness=this.metalness),this.sheen!==void 0&&(i.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(i.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(i.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(i.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(i.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(i.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(i.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(i.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(i.shininess=this.shininess),this.clearcoat!==void 0&&(i.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(i.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(i.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(i.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(i.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(i.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(i.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,i.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(i.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(i.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(i.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(i.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(i.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(i.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(i.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(i.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(i.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(i.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(i.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(i.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(i.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(i.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(i.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(i.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(i.lightMap=this.lightMap.toJSON(e).uuid,i.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(i.aoMap=this.aoMap.toJSON(e).uuid,i.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(i.bumpMap=this.bumpMap.toJSON(e).uuid,i.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(i.normalMap=this.normalMap.toJSON(e).uuid,i.normalMapType=this.normalMapType,i.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(i.displacementMap=this.displacementMap.toJSON(e).uuid,i.displacementScale=this.displacementScale,i.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(i.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(i.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(i.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(i.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(i.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(i.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(i.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(i.combine=this.combine)),this.envMapRotation!==void 0&&(i.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(i.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(i.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(i.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(i.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(i.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(i.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(i.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(i.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(i.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(i.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(i.size=this.size),this.sizeAttenuation!==void 0&&(i.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(i.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(i.rotation=this.rotation),this.depthPacking!==void 0&&(i.depthPacking=this.depthPacking),this.linewidth!==void 0&&(i.linewidth=this.linewidth),this.linecap!==void 0&&(i.linecap=this.linecap),this.linejoin!==void 0&&(i.linejoin=this.linejoin),this.dashSize!==void 0&&(i.dashSize=this.dashSize),this.gapSize!==void 0&&(i.gapSize=this.gapSize),this.scale!==void 0&&(i.scale=this.scale),this.wireframe!==void 0&&(i.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(i.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(i.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(i.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(i.flatShading=this.flatShading),this.fog!==void 0&&(i.fog=this.fog),Object.keys(this.userData).length>0&&(i.userData=this.userData);function r(s){let a=[];for(let o in s){let l=s[o];delete l.metadata,a.push(l)}return a}if(t){let s=r(e.textures),a=r(e.images);s.length>0&&(i.textures=s),a.length>0&&(i.images=a)}return i}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new Oe().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(i=>new rn().fromJSON(i))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let i=e.normalScale;Array.isArray(i)===!1&&(i=[i,i]),this.normalScale=new Te().fromArray(i)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Te().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,i=null;if(t!==null){let r=t.length;i=new Array(r);for(let s=0;s!==r;++s)i[s]=t[s].clone()}return this.clippingPlanes=i,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}},Jr=class extends Tn{constructor(e){super(),this.isSpriteMaterial=!0,this.type="SpriteMaterial",this.color=new Oe(16777215),this.map=null,this.alphaMap=null,this.rotation=0,this.sizeAttenuation=!0,this.transparent=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.rotation=e.rotation,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},Fr,Fs=new B,Ur=new B,Or=new B,Br=new Te,Us=new Te,Dm=new Ke,Mo=new B,Os=new B,So=new B,Cp=new Te,Uh=new Te,Rp=new Te,jr=class extends Mt{constructor(e=new Jr){if(super(),this.isSprite=!0,this.type="Sprite",Fr===void 0){Fr=new xt;let t=new Float32Array([-.5,-.5,0,0,0,.5,-.5,0,1,0,.5,.5,0,1,1,-.5,.5,0,0,1]),i=new rl(t,5);Fr.setIndex([0,1,2,0,2,3]),Fr.setAttribute("position",new Qs(i,3,0,!1)),Fr.setAttribute("uv",new Qs(i,2,3,!1))}this.geometry=Fr,this.material=e,this.center=new Te(.5,.5),this.count=1}intersectsFrustum(e){return e.intersectsSprite(this)}raycast(e,t){e.camera===null&&Le('Sprite: "Raycaster.camera" needs to be set in order to raycast against sprites.'),Ur.setFromMatrixScale(this.matrixWorld),Dm.copy(e.camera.matrixWorld),this.modelViewMatrix.multiplyMatrices(e.camera.matrixWorldInverse,this.matrixWorld),Or.setFromMatrixPosition(this.modelViewMatrix),e.camera.isPerspectiveCamera&&this.material.sizeAttenuation===!1&&Ur.multiplyScalar(-Or.z);let i=this.material.rotation,r,s;i!==0&&(s=Math.cos(i),r=Math.sin(i));let a=this.center;wo(Mo.set(-.5,-.5,0),Or,a,Ur,r,s),wo(Os.set(.5,-.5,0),Or,a,Ur,r,s),wo(So.set(.5,.5,0),Or,a,Ur,r,s),Cp.set(0,0),Uh.set(1,0),Rp.set(1,1);let o=e.ray.intersectTriangle(Mo,Os,So,!1,Fs);if(o===null&&(wo(Os.set(-.5,.5,0),Or,a,Ur,r,s),Uh.set(0,1),o=e.ray.intersectTriangle(Mo,So,Os,!1,Fs),o===null))return;let l=e.ray.origin.distanceTo(Fs);l<e.near||l>e.far||t.push({distance:l,point:Fs.clone(),uv:Kn.getInterpolation(Fs,Mo,Os,So,Cp,Uh,Rp,new Te),face:null,object:this})}copy(e,t){return super.copy(e,t),e.center!==void 0&&this.center.copy(e.center),this.material=e.material,this}toJSON(e){let t=super.toJSON(e);return t.object.center=this.center.toArray(),t}};function wo(n,e,t,i,r,s){Br.subVectors(n,t).addScalar(.5).multiply(i),r!==void 0?(Us.x=s*Br.x-r*Br.y,Us.y=r*Br.x+s*Br.y):Us.copy(Br),n.copy(e),n.x+=Us.x,n.y+=Us.y,n.applyMatrix4(Dm)}var Zn=new B,Oh=new B,Ao=new B,Eo=new B,ei=class{constructor(e=new B,t=new B(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,Zn)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let i=t.dot(this.direction);return i<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,i)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=Zn.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(Zn.copy(this.origin).addScaledVector(this.direction,t),Zn.distanceToSquared(e))}distanceSqToSegment(e,t,i,r){Oh.copy(e).add(t).multiplyScalar(.5),Ao.copy(t).sub(e).normalize(),Eo.copy(this.origin).sub(Oh);let s=e.distanceTo(t)*.5,a=-this.direction.dot(Ao),o=Eo.dot(this.direction),l=-Eo.dot(Ao),c=Eo.lengthSq(),h=Math.abs(1-a*a),f,u,d,p;if(h>0)if(f=a*l-o,u=a*o-l,p=s*h,f>=0)if(u>=-p)if(u<=p){let b=1/h;f*=b,u*=b,d=f*(f+a*u+2*o)+u*(a*f+u+2*l)+c}else u=s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;else u=-s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;else u<=-p?(f=Math.max(0,-(-a*s+o)),u=f>0?-s:Math.min(Math.max(-s,-l),s),d=-f*f+u*(u+2*l)+c):u<=p?(f=0,u=Math.min(Math.max(-s,-l),s),d=u*(u+2*l)+c):(f=Math.max(0,-(a*s+o)),u=f>0?s:Math.min(Math.max(-s,-l),s),d=-f*f+u*(u+2*l)+c);else u=a>0?-s:s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;return i&&i.copy(this.origin).addScaledVector(this.direction,f),r&&r.copy(Oh).addScaledVector(Ao,u),d}intersectSphere(e,t){if(e.radius<0)return null;Zn.subVectors(e.center,this.origin);let i=Zn.dot(this.direction),r=Zn.dot(Zn)-i*i,s=e.radius*e.radius;if(r>s)return null;let a=Math.sqrt(s-r),o=i-a,l=i+a;return l<0?null:o<0?this.at(l,t):this.at(o,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let i=-(this.origin.dot(e.normal)+e.constant)/t;return i>=0?i:null}intersectPlane(e,t){let i=this.distanceToPlane(e);return i===null?null:this.at(i,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let i,r,s,a,o,l,c=1/this.direction.x,h=1/this.direction.y,f=1/this.direction.z,u=this.origin;return c>=0?(i=(e.min.x-u.x)*c,r=(e.max.x-u.x)*c):(i=(e.max.x-u.x)*c,r=(e.min.x-u.x)*c),h>=0?(s=(e.min.y-u.y)*h,a=(e.max.y-u.y)*h):(s=(e.max.y-u.y)*h,a=(e.min.y-u.y)*h),i>a||s>r||((s>i||isNaN(i))&&(i=s),(a<r||isNaN(r))&&(r=a),f>=0?(o=(e.min.z-u.z)*f,l=(e.max.z-u.z)*f):(o=(e.max.z-u.z)*f,l=(e.min.z-u.z)*f),i>l||o>r)||((o>i||i!==i)&&(i=o),(l<r||r!==r)&&(r=l),r<0)?null:this.at(i>=0?i:r,t)}intersectsBox(e){return this.intersectBox(e,Zn)!==null}intersectTriangle(e,t,i,r,s){let a=this.origin,o=this.direction,l=o.x,c=o.y,h=o.z,f=e.x-a.x,u=e.y-a.y,d=e.z-a.z,p=t.x-a.x,b=t.y-a.y,g=t.z-a.z,m=i.x-a.x,_=i.y-a.y,A=i.z-a.z,M=Math.abs(l),E=Math.abs(c),w=Math.abs(h),x,S,N,C,P,L,k,R,F,W,z,Q;if(M>=E&&M>=w?(N=l,L=f,F=p,Q=m,l>=0?(x=c,S=h,C=u,P=d,k=b,R=g,W=_,z=A):(x=h,S=c,C=d,P=u,k=g,R=b,W=A,z=_)):E>=w?(N=c,L=u,F=b,Q=_,c>=0?(x=h,S=l,C=d,P=f,k=g,R=p,W=A,z=m):(x=l,S=h,C=f,P=d,k=p,R=g,W=m,z=A)):(N=h,L=d,F=g,Q=A,h>=0?(x=l,S=c,C=f,P=u,k=p,R=b,W=m,z=_):(x=c,S=l,C=u,P=f,k=b,R=p,W=_,z=m)),N===0)return null;let $=x/N,K=S/N,ee=1/N,_e=C-$*L,Ne=P-K*L,U=k-$*F,ne=R-K*F,ae=W-$*Q,ye=z-K*Q,oe=ae*ne-ye*U,Ee=_e*ye-Ne*ae,nt=U*Ne-ne*_e;if(r){if(oe<0||Ee<0||nt<0)return null}else if((oe<0||Ee<0||nt<0)&&(oe>0||Ee>0||nt>0))return null;let Re=oe+Ee+nt;if(Re===0)return null;let et=ee*(oe*L+Ee*F+nt*Q);return(Re>0?et<0:et>0)?null:this.at(et/Re,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},Xi=class extends Tn{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Oe(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Qn,this.combine=wl,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},Pp=new Ke,Gi=new ei,To=new gn,Ip=new B,Co=new B,Ro=new B,Po=new B,Bh=new B,Io=new B,Lp=new B,Lo=new B,$t=class extends Mt{constructor(e=new xt,t=new Xi){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}getVertexPosition(e,t){let i=this.geometry,r=i.attributes.position,s=i.morphAttributes.position,a=i.morphTargetsRelative;t.fromBufferAttribute(r,e);let o=this.morphTargetInfluences;if(s&&o){Io.set(0,0,0);for(let l=0,c=s.length;l<c;l++){let h=o[l],f=s[l];h!==0&&(Bh.fromBufferAttribute(f,e),a?Io.addScaledVector(Bh,h):Io.addScaledVector(Bh.sub(t),h))}t.add(Io)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(i.boundingSphere===null&&i.computeBoundingSphere(),To.copy(i.boundingSphere),To.applyMatrix4(s),Gi.copy(e.ray).recast(e.near),!(To.containsPoint(Gi.origin)===!1&&(Gi.intersectSphere(To,Ip)===null||Gi.origin.distanceToSquared(Ip)>(e.far-e.near)**2))&&(Pp.copy(s).invert(),Gi.copy(e.ray).applyMatrix4(Pp),!(i.boundingBox!==null&&Gi.intersectsBox(i.boundingBox)===!1)&&this._computeIntersections(e,t,Gi)))}_computeIntersections(e,t,i){let r,s=this.geometry,a=this.material,o=s.index,l=s.attributes.position,c=s.attributes.uv,h=s.attributes.uv1,f=s.attributes.normal,u=s.groups,d=s.drawRange;if(o!==null)if(Array.isArray(a))for(let p=0,b=u.length;p<b;p++){let g=u[p],m=a[g.materialIndex],_=Math.max(g.start,d.start),A=Math.min(o.count,Math.min(g.start+g.count,d.start+d.count));for(let M=_,E=A;M<E;M+=3){let w=o.getX(M),x=o.getX(M+1),S=o.getX(M+2);r=No(this,m,e,i,c,h,f,w,x,S),r&&(r.faceIndex=Math.floor(M/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let p=Math.max(0,d.start),b=Math.min(o.count,d.start+d.count);for(let g=p,m=b;g<m;g+=3){let _=o.getX(g),A=o.getX(g+1),M=o.getX(g+2);r=No(this,a,e,i,c,h,f,_,A,M),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}else if(l!==void 0)if(Array.isArray(a))for(let p=0,b=u.length;p<b;p++){let g=u[p],m=a[g.materialIndex],_=Math.max(g.start,d.start),A=Math.min(l.count,Math.min(g.start+g.count,d.start+d.count));for(let M=_,E=A;M<E;M+=3){let w=M,x=M+1,S=M+2;r=No(this,m,e,i,c,h,f,w,x,S),r&&(r.faceIndex=Math.floor(M/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let p=Math.max(0,d.start),b=Math.min(l.count,d.start+d.count);for(let g=p,m=b;g<m;g+=3){let _=g,A=g+1,M=g+2;r=No(this,a,e,i,c,h,f,_,A,M),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}}};function _y(n,e,t,i,r,s,a,o){let l;if(e.side===qt?l=i.intersectTriangle(a,s,r,!0,o):l=i.intersectTriangle(r,s,a,e.side===wi,o),l===null)return null;Lo.copy(o),Lo.applyMatrix4(n.matrixWorld);let c=t.ray.origin.distanceTo(Lo);return c<t.near||c>t.far?null:{distance:c,point:Lo.clone(),object:n}}function No(n,e,t,i,r,s,a,o,l,c){n.getVertexPosition(o,Co),n.getVertexPosition(l,Ro),n.getVertexPosition(c,Po);let h=_y(n,e,t,i,Co,Ro,Po,Lp);if(h){let f=new B;Kn.getBarycoord(Lp,Co,Ro,Po,f),r&&(h.uv=Kn.getInterpolatedAttribute(r,o,l,c,f,new Te)),s&&(h.uv1=Kn.getInterpolatedAttribute(s,o,l,c,f,new Te)),a&&(h.normal=Kn.getInterpolatedAttribute(a,o,l,c,f,new B),h.normal.dot(i.direction)>0&&h.normal.multiplyScalar(-1));let u={a:o,b:l,c,normal:new B,materialIndex:0};Kn.getNormal(Co,Ro,Po,u.normal),h.face=u,h.barycoord=f}return h}var ea=class extends Xt{constructor(e=null,t=1,i=1,r,s,a,o,l,c=It,h=It,f,u){super(null,a,o,l,c,h,r,s,f,u),this.isDataTexture=!0,this.image={data:e,width:t,height:i},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var ta=class extends bt{constructor(e,t,i,r=1){super(e,t,i),this.isInstancedBufferAttribute=!0,this.meshPerAttribute=r}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}toJSON(){let e=super.toJSON();return e.meshPerAttribute=this.meshPerAttribute,e.isInstancedBufferAttribute=!0,e}},kr=new Ke,Np=new Ke,Do=[],Dp=new mn,vy=new Ke,Bs=new $t,ks=new gn,$i=class extends $t{constructor(e,t,i){super(e,t),this.isInstancedMesh=!0,this.instanceMatrix=new ta(new Float32Array(i*16),16),this.instanceColor=null,this.morphTexture=null,this.count=i,this.boundingBox=null,this.boundingSphere=null;for(let r=0;r<i;r++)this.setMatrixAt(r,vy)}computeBoundingBox(){let e=this.geometry,t=this.count;this.boundingBox===null&&(this.boundingBox=new mn),e.boundingBox===null&&e.computeBoundingBox(),this.boundingBox.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,kr),Dp.copy(e.boundingBox).applyMatrix4(kr),this.boundingBox.union(Dp)}computeBoundingSphere(){let e=this.geometry,t=this.count;this.boundingSphere===null&&(this.boundingSphere=new gn),e.boundingSphere===null&&e.computeBoundingSphere(),this.boundingSphere.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,kr),ks.copy(e.boundingSphere).applyMatrix4(kr),this.boundingSphere.union(ks)}copy(e,t){return super.copy(e,t),this.instanceMatrix.copy(e.instanceMatrix),this.morphTexture=e.morphTexture!==null?e.morphTexture.clone():null,this.instanceColor=e.instanceColor!==null?e.instanceColor.clone():null,this.count=e.count,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}getColorAt(e,t){return this.instanceColor===null?t.setRGB(1,1,1):t.fromArray(this.instanceColor.array,e*3)}getMatrixAt(e,t){return t.fromArray(this.instanceMatrix.array,e*16)}getMorphAt(e,t){let i=t.morphTargetInfluences,r=this.morphTexture.source.data.data,s=i.length+1,a=e*s+1;for(let o=0;o<i.length;o++)i[o]=r[a+o]}raycast(e,t){let i=this.matrixWorld,r=this.count;if(Bs.geometry=this.geometry,Bs.material=this.material,Bs.material!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),ks.copy(this.boundingSphere),ks.applyMatrix4(i),e.ray.intersectsSphere(ks)!==!1))for(let s=0;s<r;s++){this.getMatrixAt(s,kr),Np.multiplyMatrices(i,kr),Bs.matrixWorld=Np,Bs.raycast(e,Do);for(let a=0,o=Do.length;a<o;a++){let l=Do[a];l.instanceId=s,l.object=this,t.push(l)}Do.length=0}}setColorAt(e,t){return this.instanceColor===null&&(this.instanceColor=new ta(new Float32Array(this.instanceMatrix.count*3).fill(1),3)),t.toArray(this.instanceColor.array,e*3),this}setMatrixAt(e,t){return t.toArray(this.instanceMatrix.array,e*16),this}setMorphAt(e,t){let i=t.morphTargetInfluences,r=i.length+1;this.morphTexture===null&&(this.morphTexture=new ea(new Float32Array(r*this.count),r,this.count,Il,xn));let s=this.morphTexture.source.data.data,a=0;for(let c=0;c<i.length;c++)a+=i[c];let o=this.geometry.morphTargetsRelative?1:1-a,l=r*e;return s[l]=o,s.set(i,l+1),this}updateMorphTargets(){}dispose(){super.dispose(),this.instanceMatrix.dispose(),this.instanceColor!==null&&this.instanceColor.dispose(),this.morphTexture!==null&&(this.morphTexture.dispose(),this.morphTexture=null)}},Hi=new gn,My=new Te(.5,.5),Fo=new B,bi=class{constructor(e=new rn,t=new rn,i=new rn,r=new rn,s=new rn,a=new rn){this.planes=[e,t,i,r,s,a]}set(e,t,i,r,s,a){let o=this.planes;return o[0].copy(e),o[1].copy(t),o[2].copy(i),o[3].copy(r),o[4].copy(s),o[5].copy(a),this}copy(e){let t=this.planes;for(let i=0;i<6;i++)t[i].copy(e.planes[i]);return this}setFromProjectionMatrix(e,t=pn,i=!1){let r=this.planes,s=e.elements,a=s[0],o=s[1],l=s[2],c=s[3],h=s[4],f=s[5],u=s[6],d=s[7],p=s[8],b=s[9],g=s[10],m=s[11],_=s[12],A=s[13],M=s[14],E=s[15];if(r[0].setComponents(c-a,d-h,m-p,E-_).normalize(),r[1].setComponents(c+a,d+h,m+p,E+_).normalize(),r[2].setComponents(c+o,d+f,m+b,E+A).normalize(),r[3].setComponents(c-o,d-f,m-b,E-A).normalize(),i)r[4].setComponents(l,u,g,M).normalize(),r[5].setComponents(c-l,d-u,m-g,E-M).normalize();else if(r[4].setComponents(c-l,d-u,m-g,E-M).normalize(),t===pn)r[5].setComponents(c+l,d+u,m+g,E+M).normalize();else if(t===Xr)r[5].setComponents(l,u,g,M).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),Hi.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),Hi.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(Hi)}intersectsSprite(e){Hi.center.set(0,0,0);let t=My.distanceTo(e.center);return Hi.radius=.7071067811865476+t,Hi.applyMatrix4(e.matrixWorld),this.intersectsSphere(Hi)}intersectsSphere(e){let t=this.planes,i=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(i)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let i=0;i<6;i++){let r=t[i];if(Fo.x=r.normal.x>0?e.max.x:e.min.x,Fo.y=r.normal.y>0?e.max.y:e.min.y,Fo.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(Fo)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let i=0;i<6;i++)if(t[i].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},Fp=new Ke,sl=class n{constructor(){this.coordinateSystem=pn,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,i=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];Fp.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),i[r]===void 0&&(i[r]=new bi),i[r].setFromProjectionMatrix(Fp,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,i=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new bi),t[r].copy(i[r]);return this._count=e._count,this}clone(){return new n().copy(this)}};var xi=class extends Tn{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new Oe(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}},al=new B,ol=new B,Up=new Ke,zs=new ei,Uo=new gn,kh=new B,Op=new B,Qr=class extends Mt{constructor(e=new xt,t=new xi){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[0];for(let r=1,s=t.count;r<s;r++)al.fromBufferAttribute(t,r-1),ol.fromBufferAttribute(t,r),i[r]=i[r-1],i[r]+=al.distanceTo(ol);e.setAttribute("lineDistance",new Ft(i,1))}else Pe("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Line.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),Uo.copy(i.boundingSphere),Uo.applyMatrix4(r),Uo.radius+=s,e.ray.intersectsSphere(Uo)===!1)return;Up.copy(r).invert(),zs.copy(e.ray).applyMatrix4(Up);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=o*o,c=this.isLineSegments?2:1,h=i.index,u=i.attributes.position;if(h!==null){let d=Math.max(0,a.start),p=Math.min(h.count,a.start+a.count);for(let b=d,g=p-1;b<g;b+=c){let m=h.getX(b),_=h.getX(b+1),A=Oo(this,e,zs,l,m,_,b);A&&t.push(A)}if(this.isLineLoop){let b=h.getX(p-1),g=h.getX(d),m=Oo(this,e,zs,l,b,g,p-1);m&&t.push(m)}}else{let d=Math.max(0,a.start),p=Math.min(u.count,a.start+a.count);for(let b=d,g=p-1;b<g;b+=c){let m=Oo(this,e,zs,l,b,b+1,b);m&&t.push(m)}if(this.isLineLoop){let b=Oo(this,e,zs,l,p-1,d,p-1);b&&t.push(b)}}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function Oo(n,e,t,i,r,s,a){let o=n.geometry.attributes.position;if(al.fromBufferAttribute(o,r),ol.fromBufferAttribute(o,s),t.distanceSqToSegment(al,ol,kh,Op)>i)return;kh.applyMatrix4(n.matrixWorld);let c=e.ray.origin.distanceTo(kh);if(!(c<e.near||c>e.far))return{distance:c,point:Op.clone().applyMatrix4(n.matrixWorld),index:a,face:null,faceIndex:null,barycoord:null,object:n}}var Bp=new B,kp=new B,es=class extends Qr{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[];for(let r=0,s=t.count;r<s;r+=2)Bp.fromBufferAttribute(t,r),kp.fromBufferAttribute(t,r+1),i[r]=r===0?0:i[r-1],i[r+1]=i[r]+Bp.distanceTo(kp);e.setAttribute("lineDistance",new Ft(i,1))}else Pe("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}};var ts=class extends Tn{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new Oe(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},zp=new Ke,Xh=new ei,Bo=new gn,ko=new B,na=class extends Mt{constructor(e=new xt,t=new ts){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Points.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),Bo.copy(i.boundingSphere),Bo.applyMatrix4(r),Bo.radius+=s,e.ray.intersectsSphere(Bo)===!1)return;zp.copy(r).invert(),Xh.copy(e.ray).applyMatrix4(zp);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=o*o,c=i.index,f=i.attributes.position;if(c!==null){let u=Math.max(0,a.start),d=Math.min(c.count,a.start+a.count);for(let p=u,b=d;p<b;p++){let g=c.getX(p);ko.fromBufferAttribute(f,g),Vp(ko,g,l,r,e,t,this)}}else{let u=Math.max(0,a.start),d=Math.min(f.count,a.start+a.count);for(let p=u,b=d;p<b;p++)ko.fromBufferAttribute(f,p),Vp(ko,p,l,r,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function Vp(n,e,t,i,r,s,a){let o=Xh.distanceSqToPoint(n);if(o<t){let l=new B;Xh.closestPointToPoint(n,l),l.applyMatrix4(i);let c=r.ray.origin.distanceTo(l);if(c<r.near||c>r.far)return;s.push({distance:c,distanceToRay:Math.sqrt(o),point:l,index:e,face:null,faceIndex:null,barycoord:null,object:a})}}var ia=class extends Xt{constructor(e=[],t=Ki,i,r,s,a,o,l,c,h){super(e,t,i,r,s,a,o,l,c,h),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}},ns=class extends Xt{constructor(e,t,i,r,s,a,o,l,c){super(e,t,i,r,s,a,o,l,c),this.isCanvasTexture=!0,this.needsUpdate=!0}};var ti=class extends Xt{constructor(e,t,i=Cn,r,s,a,o=It,l=It,c,h=jn,f=1){if(h!==jn&&h!==ii)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let u={width:e,height:t,depth:f};super(u,r,s,a,o,l,h,i,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new Yr(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},ra=class extends ti{constructor(e,t=Cn,i=Ki,r,s,a=It,o=It,l,c=jn){let h={width:e,height:e,depth:1},f=[h,h,h,h,h,h];super(e,e,t,i,r,s,a,o,l,c),this.image=f,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},sa=class extends Xt{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},is=class n extends xt{constructor(e=1,t=1,i=1,r=1,s=1,a=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:i,widthSegments:r,heightSegments:s,depthSegments:a};let o=this;r=Math.floor(r),s=Math.floor(s),a=Math.floor(a);let l=[],c=[],h=[],f=[],u=0,d=0;p("z","y","x",-1,-1,i,t,e,a,s,0),p("z","y","x",1,-1,i,t,-e,a,s,1),p("x","z","y",1,1,e,i,t,r,a,2),p("x","z","y",1,-1,e,i,-t,r,a,3),p("x","y","z",1,-1,e,t,i,r,s,4),p("x","y","z",-1,-1,e,t,-i,r,s,5),this.setIndex(l),this.setAttribute("position",new Ft(c,3)),this.setAttribute("normal",new Ft(h,3)),this.setAttribute("uv",new Ft(f,2));function p(b,g,m,_,A,M,E,w,x,S,N){let C=M/x,P=E/S,L=M/2,k=E/2,R=w/2,F=x+1,W=S+1,z=0,Q=0,$=new B;for(let K=0;K<W;K++){let ee=K*P-k;for(let _e=0;_e<F;_e++){let Ne=_e*C-L;$[b]=Ne*_,$[g]=ee*A,$[m]=R,c.push($.x,$.y,$.z),$[b]=0,$[g]=0,$[m]=w>0?1:-1,h.push($.x,$.y,$.z),f.push(_e/x),f.push(1-K/S),z+=1}}for(let K=0;K<S;K++)for(let ee=0;ee<x;ee++){let _e=u+ee+F*K,Ne=u+ee+F*(K+1),U=u+(ee+1)+F*(K+1),ne=u+(ee+1)+F*K;l.push(_e,Ne,ne),l.push(Ne,U,ne),Q+=6}o.addGroup(d,Q,N),d+=Q,u+=z}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var qi=class n extends xt{constructor(e=1,t=1,i=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:i,heightSegments:r};let s=e/2,a=t/2,o=Math.floor(i),l=Math.floor(r),c=o+1,h=l+1,f=e/o,u=t/l,d=[],p=[],b=[],g=[];for(let m=0;m<h;m++){let _=m*u-a;for(let A=0;A<c;A++){let M=A*f-s;p.push(M,-_,0),b.push(0,0,1),g.push(A/o),g.push(1-m/l)}}for(let m=0;m<l;m++)for(let _=0;_<o;_++){let A=_+c*m,M=_+c*(m+1),E=_+1+c*(m+1),w=_+1+c*m;d.push(A,M,w),d.push(M,E,w)}this.setIndex(d),this.setAttribute("position",new Ft(p,3)),this.setAttribute("normal",new Ft(b,3)),this.setAttribute("uv",new Ft(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.widthSegments,e.heightSegments)}};var aa=class n extends xt{constructor(e=1,t=32,i=16,r=0,s=Math.PI*2,a=0,o=Math.PI){super(),this.type="SphereGeometry",this.parameters={radius:e,widthSegments:t,heightSegments:i,phiStart:r,phiLength:s,thetaStart:a,thetaLength:o},t=Math.max(3,Math.floor(t)),i=Math.max(2,Math.floor(i));let l=Math.min(a+o,Math.PI),c=0,h=[],f=new B,u=new B,d=[],p=[],b=[],g=[];for(let m=0;m<=i;m++){let _=[],A=m/i,M=a+A*o,E=e*Math.cos(M),w=Math.sqrt(e*e-E*E),x=0;m===0&&a===0?x=.5/t:m===i&&l===Math.PI&&(x=-.5/t);for(let S=0;S<=t;S++){let N=S/t,C=r+N*s;f.x=-w*Math.cos(C),f.y=E,f.z=w*Math.sin(C),p.push(f.x,f.y,f.z),u.copy(f).normalize(),b.push(u.x,u.y,u.z),g.push(N+x,1-A),_.push(c++)}h.push(_)}for(let m=0;m<i;m++)for(let _=0;_<t;_++){let A=h[m][_+1],M=h[m][_],E=h[m+1][_],w=h[m+1][_+1];(m!==0||a>0)&&d.push(A,M,w),(m!==i-1||l<Math.PI)&&d.push(M,E,w)}this.setIndex(d),this.setAttribute("position",new Ft(p,3)),this.setAttribute("normal",new Ft(b,3)),this.setAttribute("uv",new Ft(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.radius,e.widthSegments,e.heightSegments,e.phiStart,e.phiLength,e.thetaStart,e.thetaLength)}};function ji(n){let e={};for(let t in n){e[t]={};for(let i in n[t]){let r=n[t][i];if(Gp(r))r.isRenderTargetTexture?(Pe("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][i]=null):e[t][i]=r.clone();else if(Array.isArray(r))if(Gp(r[0])){let s=[];for(let a=0,o=r.length;a<o;a++)s[a]=r[a].clone();e[t][i]=s}else e[t][i]=r.slice();else e[t][i]=r}}return e}function zt(n){let e={};for(let t=0;t<n.length;t++){let i=ji(n[t]);for(let r in i)e[r]=i[r]}return e}function Gp(n){return n&&(n.isColor||n.isMatrix3||n.isMatrix4||n.isVector2||n.isVector3||n.isVector4||n.isTexture||n.isQuaternion)}function Sy(n){let e=[];for(let t=0;t<n.length;t++)e.push(n[t].clone());return e}function Eu(n){let e=n.getRenderTarget();return e===null?n.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Ye.workingColorSpace}var Fm={clone:ji,merge:zt},wy=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,Ay=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,On=class extends Tn{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=wy,this.fragmentShader=Ay,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=ji(e.uniforms),this.uniformsGroups=Sy(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let a=this.uniforms[r].value;a&&a.isTexture?t.uniforms[r]={type:"t",value:a.toJSON(e).uuid}:a&&a.isColor?t.uniforms[r]={type:"c",value:a.getHex()}:a&&a.isVector2?t.uniforms[r]={type:"v2",value:a.toArray()}:a&&a.isVector3?t.uniforms[r]={type:"v3",value:a.toArray()}:a&&a.isVector4?t.uniforms[r]={type:"v4",value:a.toArray()}:a&&a.isMatrix3?t.uniforms[r]={type:"m3",value:a.toArray()}:a&&a.isMatrix4?t.uniforms[r]={type:"m4",value:a.toArray()}:t.uniforms[r]={value:a}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let i={};for(let r in this.extensions)this.extensions[r]===!0&&(i[r]=!0);return Object.keys(i).length>0&&(t.extensions=i),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let i in e.uniforms){let r=e.uniforms[i];switch(this.uniforms[i]={},r.type){case"t":this.uniforms[i].value=t[r.value]||null;break;case"c":this.uniforms[i].value=new Oe().setHex(r.value);break;case"v2":this.uniforms[i].value=new Te().fromArray(r.value);break;case"v3":this.uniforms[i].value=new B().fromArray(r.value);break;case"v4":this.uniforms[i].value=new ht().fromArray(r.value);break;case"m3":this.uniforms[i].value=new De().fromArray(r.value);break;case"m4":this.uniforms[i].value=new Ke().fromArray(r.value);break;default:this.uniforms[i].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let i in e.extensions)this.extensions[i]=e.extensions[i];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},ll=class extends On{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var oa=class extends Tn{constructor(e){super(),this.isMeshLambertMaterial=!0,this.type="MeshLambertMaterial",this.color=new Oe(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Oe(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=uc,this.normalScale=new Te(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Qn,this.combine=wl,this.reflectivity=1,this.envMapIntensity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.envMapIntensity=e.envMapIntensity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}},cl=class extends Tn{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=vm,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},hl=class extends Tn{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function zr(n,e){return!n||n.constructor===e?n:typeof e.BYTES_PER_ELEMENT=="number"?new e(n):Array.prototype.slice.call(n)}function zo(n){return n!==void 0&&n.inTangents!==void 0&&n.outTangents!==void 0}var yi=class{constructor(e,t,i,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(i),this.sampleValues=t,this.valueSize=i,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,i=this._cachedIndex,r=t[i],s=t[i-1];e:{t:{let a;n:{i:if(!(e<r)){for(let o=i+2;;){if(r===void 0){if(e<s)break i;return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}if(i===o)break;if(s=r,r=t[++i],e<r)break t}a=t.length;break n}if(!(e>=s)){let o=t[1];e<o&&(i=2,s=o);for(let l=i-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===l)break;if(r=s,s=t[--i-1],e>=s)break t}a=i,i=0;break n}break e}for(;i<a;){let o=i+a>>>1;e<t[o]?a=o:i=o+1}if(r=t[i],s=t[i-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}this._cachedIndex=i,this.intervalChanged_(i,s,r)}return this.interpolate_(i,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,i=this.sampleValues,r=this.valueSize,s=e*r;for(let a=0;a!==r;++a)t[a]=i[s+a];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},ul=class extends yi{constructor(e,t,i,r){super(e,t,i,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:Gh,endingEnd:Gh}}intervalChanged_(e,t,i){let r=this.parameterPositions,s=e-2,a=e+1,o=r[s],l=r[a];if(o===void 0)switch(this.getSettings_().endingStart){case Hh:s=e,o=2*t-i;break;case Wh:s=r.length-2,o=t+r[s]-r[s+1];break;default:s=e,o=i}if(l===void 0)switch(this.getSettings_().endingEnd){case Hh:a=e,l=2*i-t;break;case Wh:a=1,l=i+r[1]-r[0];break;default:a=e-1,l=t}let c=(i-t)*.5,h=this.valueSize;this._weightPrev=c/(t-o),this._weightNext=c/(l-i),this._offsetPrev=s*h,this._offsetNext=a*h}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=this._offsetPrev,f=this._offsetNext,u=this._weightPrev,d=this._weightNext,p=(i-t)/(r-t),b=p*p,g=b*p,m=-u*g+2*u*b-u*p,_=(1+u)*g+(-1.5-2*u)*b+(-.5+u)*p+1,A=(-1-d)*g+(1.5+d)*b+.5*p,M=d*g-d*b;for(let E=0;E!==o;++E)s[E]=m*a[h+E]+_*a[c+E]+A*a[l+E]+M*a[f+E];return s}},fl=class extends yi{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=(i-t)/(r-t),f=1-h;for(let u=0;u!==o;++u)s[u]=a[c+u]*f+a[l+u]*h;return s}},dl=class extends yi{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e){return this.copySampleValue_(e-1)}},pl=class extends yi{interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=this.inTangents,f=this.outTangents;if(!h||!f){let p=(i-t)/(r-t),b=1-p;for(let g=0;g!==o;++g)s[g]=a[c+g]*b+a[l+g]*p;return s}let u=o*2,d=e-1;for(let p=0;p!==o;++p){let b=a[c+p],g=a[l+p],m=d*u+p*2,_=f[m],A=f[m+1],M=e*u+p*2,E=h[M],w=h[M+1],x=Ty(i,t,_,E,r);s[p]=Um(x,b,A,w,g)}return s}};function Um(n,e,t,i,r){let s=1-n;return s*s*s*e+3*s*s*n*t+3*s*n*n*i+n*n*n*r}function Ey(n,e,t,i,r){let s=1-n;return 3*s*s*(t-e)+6*s*n*(i-t)+3*n*n*(r-i)}function Ty(n,e,t,i,r){let s=(n-e)/(r-e);for(let a=0;a<8;a++){let o=Um(s,e,t,i,r)-n;if(Math.abs(o)<1e-10)break;let l=Ey(s,e,t,i,r);if(Math.abs(l)<1e-10)break;s=Math.max(0,Math.min(1,s-o/l))}return s}var on=class{constructor(e,t,i,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=zr(t,this.TimeBufferType),this.values=zr(i,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,i;if(t.toJSON!==this.toJSON)i=t.toJSON(e);else{i={name:e.name,times:zr(e.times,Array),values:zr(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(i.interpolation=r),zo(e.settings)&&(i.settings={inTangents:zr(e.settings.inTangents,Array),outTangents:zr(e.settings.outTangents,Array)})}return i.type=e.ValueTypeName,i}InterpolantFactoryMethodDiscrete(e){return new dl(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new fl(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new ul(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new pl(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case Ws:t=this.InterpolantFactoryMethodDiscrete;break;case el:t=this.InterpolantFactoryMethodLinear;break;case Ho:t=this.InterpolantFactoryMethodSmooth;break;case Vh:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let i="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(i);return Pe("KeyframeTrack:",i),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Ws;case this.InterpolantFactoryMethodLinear:return el;case this.InterpolantFactoryMethodSmooth:return Ho;case this.InterpolantFactoryMethodBezier:return Vh}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]+=e;zo(this.settings)&&(Hp(this.settings.inTangents,e),Hp(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]*=e;zo(this.settings)&&(Wp(this.settings.inTangents,e),Wp(this.settings.outTangents,e))}return this}trim(e,t){let i=this.times,r=i.length,s=0,a=r-1;for(;s!==r&&i[s]<e;)++s;for(;a!==-1&&i[a]>t;)--a;if(++a,s!==0||a!==r){s>=a&&(a=Math.max(a,1),s=a-1);let o=this.getValueSize();this.times=i.slice(s,a),this.values=this.values.slice(s*o,a*o)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(Le("KeyframeTrack: Invalid value size in track.",this),e=!1);let i=this.times,r=this.values,s=i.length;s===0&&(Le("KeyframeTrack: Track is empty.",this),e=!1);let a=null;for(let o=0;o!==s;o++){let l=i[o];if(typeof l=="number"&&isNaN(l)){Le("KeyframeTrack: Time is not a valid number.",this,o,l),e=!1;break}if(a!==null&&a>l){Le("KeyframeTrack: Out of order keys.",this,o,l,a),e=!1;break}a=l}if(r!==void 0&&Gx(r))for(let o=0,l=r.length;o!==l;++o){let c=r[o];if(isNaN(c)){Le("KeyframeTrack: Value is not a valid number.",this,o,c),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),i=this.getValueSize(),r=this.getInterpolation()===Ho,s=e.length-1,a=1;for(let o=1;o<s;++o){let l=!1,c=e[o],h=e[o+1];if(c!==h&&(o!==1||c!==e[0]))if(r)l=!0;else{let f=o*i,u=f-i,d=f+i;for(let p=0;p!==i;++p){let b=t[f+p];if(b!==t[u+p]||b!==t[d+p]){l=!0;break}}}if(l){if(o!==a){e[a]=e[o];let f=o*i,u=a*i;for(let d=0;d!==i;++d)t[u+d]=t[f+d]}++a}}if(s>0){e[a]=e[s];for(let o=s*i,l=a*i,c=0;c!==i;++c)t[l+c]=t[o+c];++a}return a!==e.length?(this.times=e.slice(0,a),this.values=t.slice(0,a*i)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),i=this.constructor,r=new i(this.name,e,t);return r.createInterpolant=this.createInterpolant,zo(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function Hp(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]+=e}function Wp(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]*=e}on.prototype.ValueTypeName="";on.prototype.TimeBufferType=Float32Array;on.prototype.ValueBufferType=Float32Array;on.prototype.DefaultInterpolation=el;var _i=class extends on{constructor(e,t,i){super(e,t,i)}};_i.prototype.ValueTypeName="bool";_i.prototype.ValueBufferType=Array;_i.prototype.DefaultInterpolation=Ws;_i.prototype.InterpolantFactoryMethodLinear=void 0;_i.prototype.InterpolantFactoryMethodSmooth=void 0;var ml=class extends on{constructor(e,t,i,r){super(e,t,i,r)}};ml.prototype.ValueTypeName="color";var gl=class extends on{constructor(e,t,i,r){super(e,t,i,r)}};gl.prototype.ValueTypeName="number";var bl=class extends yi{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=(i-t)/(r-t),c=e*o;for(let h=c+o;c!==h;c+=4)sn.slerpFlat(s,0,a,c-o,a,c,l);return s}},la=class extends on{constructor(e,t,i,r){super(e,t,i,r)}InterpolantFactoryMethodLinear(e){return new bl(this.times,this.values,this.getValueSize(),e)}};la.prototype.ValueTypeName="quaternion";la.prototype.InterpolantFactoryMethodSmooth=void 0;var vi=class extends on{constructor(e,t,i){super(e,t,i)}};vi.prototype.ValueTypeName="string";vi.prototype.ValueBufferType=Array;vi.prototype.DefaultInterpolation=Ws;vi.prototype.InterpolantFactoryMethodLinear=void 0;vi.prototype.InterpolantFactoryMethodSmooth=void 0;var xl=class extends on{constructor(e,t,i,r){super(e,t,i,r)}};xl.prototype.ValueTypeName="vector";var yl=class{constructor(e,t,i){let r=this,s=!1,a=0,o=0,l,c=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=i,this._abortController=null,this.itemStart=function(h){o++,s===!1&&r.onStart!==void 0&&r.onStart(h,a,o),s=!0},this.itemEnd=function(h){a++,r.onProgress!==void 0&&r.onProgress(h,a,o),a===o&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(h){r.onError!==void 0&&r.onError(h)},this.resolveURL=function(h){return h=h.normalize("NFC"),l?l(h):h},this.setURLModifier=function(h){return l=h,this},this.addHandler=function(h,f){return c.push(h,f),this},this.removeHandler=function(h){let f=c.indexOf(h);return f!==-1&&c.splice(f,2),this},this.getHandler=function(h){for(let f=0,u=c.length;f<u;f+=2){let d=c[f],p=c[f+1];if(d.global&&(d.lastIndex=0),d.test(h))return p}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},Om=new yl,_l=class{constructor(e){this.manager=e!==void 0?e:Om,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let i=this;return new Promise(function(r,s){i.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};_l.DEFAULT_MATERIAL_NAME="__DEFAULT";var ca=class extends Mt{static registerNode(e){this.prototype._lightNode=e}constructor(e,t=1){super(),this.isLight=!0,this.type="Light",this.color=new Oe(e),this.intensity=t}copy(e,t){return super.copy(e,t),this.color.copy(e.color),this.intensity=e.intensity,this}toJSON(e){let t=super.toJSON(e);return t.object.color=this.color.getHex(),t.object.intensity=this.intensity,t}},ha=class extends ca{constructor(e,t,i){super(e,i),this.isHemisphereLight=!0,this.type="HemisphereLight",this.position.copy(Mt.DEFAULT_UP),this.updateMatrix(),this.groundColor=new Oe(t)}copy(e,t){return super.copy(e,t),this.groundColor.copy(e.groundColor),this}toJSON(e){let t=super.toJSON(e);return t.object.groundColor=this.groundColor.getHex(),t}},zh=new Ke,Xp=new B,$p=new B,vl=class{constructor(e){this.camera=e,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new Te(512,512),this.mapType=Jt,this.map=null,this.mapPass=null,this.matrix=new Ke,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new bi,this._frameExtents=new Te(1,1),this._viewportCount=1,this._viewports=[new ht(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(e){let t=this.camera;Xp.setFromMatrixPosition(e.matrixWorld),t.position.copy(Xp),$p.setFromMatrixPosition(e.target.matrixWorld),t.lookAt($p),t.updateMatrixWorld(),this._updateMatrix(t,this.matrix,this._frustum)}_updateMatrix(e,t,i,r){zh.multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse),i.setFromProjectionMatrix(zh,e.coordinateSystem,e.reversedDepth);let s=this._frameExtents,a=r?r.z/s.x:1,o=r?r.w/s.y:1,l=r?r.x/s.x:0,c=r?r.y/s.y:0;e.coordinateSystem===Xr||e.reversedDepth?t.set(.5*a,0,0,.5*a+l,0,.5*o,0,.5*o+c,0,0,1,0,0,0,0,1):t.set(.5*a,0,0,.5*a+l,0,.5*o,0,.5*o+c,0,0,.5,.5,0,0,0,1),t.multiply(zh)}getViewport(e){return this._viewports[e]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(e){return this.camera=e.camera.clone(),this.intensity=e.intensity,this.bias=e.bias,this.radius=e.radius,this.autoUpdate=e.autoUpdate,this.needsUpdate=e.needsUpdate,this.normalBias=e.normalBias,this.blurSamples=e.blurSamples,this.mapSize.copy(e.mapSize),this.mapType=e.mapType,this.biasNode=e.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let e={};return e.intensity=this.intensity,e.bias=this.bias,e.normalBias=this.normalBias,e.radius=this.radius,e.blurSamples=this.blurSamples,e.mapSize=this.mapSize.toArray(),e.mapType=this.mapType,e.camera=this.camera.toJSON(!1).object,delete e.camera.matrix,e}},Vo=new B,Go=new sn,Fn=new B,ua=class extends Mt{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new Ke,this.projectionMatrix=new Ke,this.projectionMatrixInverse=new Ke,this.coordinateSystem=pn,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(Vo,Go,Fn),Fn.x===1&&Fn.y===1&&Fn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Vo,Go,Fn.set(1,1,1)).invert()}updateWorldMatrix(e,t,i=!1){super.updateWorldMatrix(e,t,i),this.matrixWorld.decompose(Vo,Go,Fn),Fn.x===1&&Fn.y===1&&Fn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Vo,Go,Fn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},gi=new B,qp=new Te,Yp=new Te,Ht=class extends ua{constructor(e=50,t=1,i=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=i,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=qr*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(Gs*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return qr*2*Math.atan(Math.tan(Gs*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,i){gi.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(gi.x,gi.y).multiplyScalar(-e/gi.z),gi.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),i.set(gi.x,gi.y).multiplyScalar(-e/gi.z)}getViewSize(e,t){return this.getViewBounds(e,qp,Yp),t.subVectors(Yp,qp)}setViewOffset(e,t,i,r,s,a){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(Gs*.5*this.fov)/this.zoom,i=2*t,r=this.aspect*i,s=-.5*r,a=this.view;if(this.view!==null&&this.view.enabled){let l=a.fullWidth,c=a.fullHeight;s+=a.offsetX*r/l,t-=a.offsetY*i/c,r*=a.width/l,i*=a.height/c}let o=this.filmOffset;o!==0&&(s+=e*o/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-i,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var fa=class extends ua{constructor(e=-1,t=1,i=1,r=-1,s=.1,a=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=i,this.bottom=r,this.near=s,this.far=a,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,i,r,s,a){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),i=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=i-e,a=i+e,o=r+t,l=r-t;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,h=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=c*this.view.offsetX,a=s+c*this.view.width,o-=h*this.view.offsetY,l=o-h*this.view.height}this.projectionMatrix.makeOrthographic(s,a,o,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}},$h=class extends vl{constructor(){super(new fa(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},da=class extends ca{constructor(e,t){super(e,t),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(Mt.DEFAULT_UP),this.updateMatrix(),this.target=new Mt,this.shadow=new $h}dispose(){super.dispose(),this.shadow.dispose()}copy(e){return super.copy(e),this.target=e.target.clone(),this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.shadow=this.shadow.toJSON(),t.object.target=this.target.uuid,t}};var Vr=-90,Gr=1,rs=class extends Mt{constructor(e,t,i){super(),this.type="CubeCamera",this.renderTarget=i,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new Ht(Vr,Gr,e,t);r.layers=this.layers,this.add(r);let s=new Ht(Vr,Gr,e,t);s.layers=this.layers,this.add(s);let a=new Ht(Vr,Gr,e,t);a.layers=this.layers,this.add(a);let o=new Ht(Vr,Gr,e,t);o.layers=this.layers,this.add(o);let l=new Ht(Vr,Gr,e,t);l.layers=this.layers,this.add(l);let c=new Ht(Vr,Gr,e,t);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[i,r,s,a,o,l]=t;for(let c of t)this.remove(c);if(e===pn)i.up.set(0,1,0),i.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),a.up.set(0,0,1),a.lookAt(0,-1,0),o.up.set(0,1,0),o.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(e===Xr)i.up.set(0,-1,0),i.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),a.up.set(0,0,-1),a.lookAt(0,-1,0),o.up.set(0,-1,0),o.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let c of t)this.add(c),c.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:i,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,a,o,l,c,h]=this.children,f=e.getRenderTarget(),u=e.getActiveCubeFace(),d=e.getActiveMipmapLevel(),p=e.xr.enabled;e.xr.enabled=!1;let b=i.texture.mipmapsAutoUpdate;i.texture.mipmapsAutoUpdate=!1;let g=!1;e.isWebGLRenderer===!0?g=e.state.buffers.depth.getReversed():g=e.reversedDepthBuffer,e.setRenderTarget(i,0,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(i,1,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(i,2,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(i,3,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(i,4,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),i.texture.mipmapsAutoUpdate=b,e.setRenderTarget(i,5,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,h),e.setRenderTarget(f,u,d),e.xr.enabled=p,i.texture.needsPMREMUpdate=!0}},Ml=class extends Ht{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var Tu="\\[\\]\\.:\\/",Cy=new RegExp("["+Tu+"]","g"),Cu="[^"+Tu+"]",Ry="[^"+Tu.replace("\\.","")+"]",Py=/((?:WC+[\/:])*)/.source.replace("WC",Cu),Iy=/(WCOD+)?/.source.replace("WCOD",Ry),Ly=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",Cu),Ny=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",Cu),Dy=new RegExp("^"+Py+Iy+Ly+Ny+"$"),Fy=["material","materials","bones","map"],qh=class{constructor(e,t,i){let r=i||ot.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let i=this._targetGroup.nCachedObjects_,r=this._bindings[i];r!==void 0&&r.getValue(e,t)}setValue(e,t){let i=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=i.length;r!==s;++r)i[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].unbind()}},ot=class n{constructor(e,t,i){this.path=t,this.parsedPath=i||n.parseTrackName(t),this.node=n.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,i){return e&&e.isAnimationObjectGroup?new n.Composite(e,t,i):new n(e,t,i)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(Cy,"")}static parseTrackName(e){let t=Dy.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let i={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=i.nodeName&&i.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=i.nodeName.substring(r+1);Fy.indexOf(s)!==-1&&(i.nodeName=i.nodeName.substring(0,r),i.objectName=s)}if(i.propertyName===null||i.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return i}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let i=e.skeleton.getBoneByName(t);if(i!==void 0)return i}if(e.children){let i=function(s){for(let a=0;a<s.length;a++){let o=s[a];if(o.name===t||o.uuid===t)return o;let l=i(o.children);if(l)return l}return null},r=i(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)e[t++]=i[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,i=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=n.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Pe("PropertyBinding: No target node found for track: "+this.path+".");return}if(i){let c=t.objectIndex;switch(i){case"materials":if(!e.material){Le("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){Le("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){Le("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let h=0;h<e.length;h++)if(e[h].name===c){c=h;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){Le("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){Le("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[i]===void 0){Le("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[i]}if(c!==void 0){if(e[c]===void 0){Le("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[c]}}let a=e[r];if(a===void 0){let c=t.nodeName;Le("PropertyBinding: Trying to update property for track: "+c+"."+r+" but it wasn't found.",e);return}let o=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?o=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(o=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){Le("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){Le("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}l=this.BindingType.ArrayElement,this.resolvedProperty=a,this.propertyIndex=s}else a.fromArray!==void 0&&a.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=a):Array.isArray(a)?(l=this.BindingType.EntireArray,this.resolvedProperty=a):this.propertyName=r;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][o]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};ot.Composite=qh;ot.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};ot.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};ot.prototype.GetterByBindingType=[ot.prototype._getValue_direct,ot.prototype._getValue_array,ot.prototype._getValue_arrayElement,ot.prototype._getValue_toArray];ot.prototype.SetterByBindingTypeAndVersioning=[[ot.prototype._setValue_direct,ot.prototype._setValue_direct_setNeedsUpdate,ot.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[ot.prototype._setValue_array,ot.prototype._setValue_array_setNeedsUpdate,ot.prototype._setValue_array_setMatrixWorldNeedsUpdate],[ot.prototype._setValue_arrayElement,ot.prototype._setValue_arrayElement_setNeedsUpdate,ot.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[ot.prototype._setValue_fromArray,ot.prototype._setValue_fromArray_setNeedsUpdate,ot.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var uT=new Float32Array(1);var Zp=new Ke,pa=class{constructor(e,t,i=0,r=1/0){this.ray=new ei(e,t),this.near=i,this.far=r,this.camera=null,this.layers=new Zr,this.params={Mesh:{},Line:{threshold:1},LOD:{},Points:{threshold:1},Sprite:{}}}set(e,t){this.ray.set(e,t)}setFromCamera(e,t){t.isPerspectiveCamera?(this.ray.origin.setFromMatrixPosition(t.matrixWorld),this.ray.direction.set(e.x,e.y,.5).unproject(t).sub(this.ray.origin).normalize(),this.camera=t):t.isOrthographicCamera?(this.ray.origin.set(e.x,e.y,t.projectionMatrix.elements[14]).unproject(t),this.ray.direction.set(0,0,-1).transformDirection(t.matrixWorld),this.camera=t):Le("Raycaster: Unsupported camera type: "+t.type)}setFromXRController(e){return Zp.identity().extractRotation(e.matrixWorld),this.ray.origin.setFromMatrixPosition(e.matrixWorld),this.ray.direction.set(0,0,-1).applyMatrix4(Zp),this}intersectObject(e,t=!0,i=[]){return Yh(e,this,i,t),i.sort(Kp),i}intersectObjects(e,t=!0,i=[]){for(let r=0,s=e.length;r<s;r++)Yh(e[r],this,i,t);return i.sort(Kp),i}};function Kp(n,e){return n.distance-e.distance}function Yh(n,e,t,i){let r=!0;if(n.layers.test(e.layers)&&n.raycast(e,t)===!1&&(r=!1),r===!0&&i===!0){let s=n.children;for(let a=0,o=s.length;a<o;a++)Yh(s[a],e,t,!0)}}var ss=class{constructor(e=1,t=0,i=0){this.radius=e,this.phi=t,this.theta=i}set(e,t,i){return this.radius=e,this.phi=t,this.theta=i,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=Ge(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,i){return this.radius=Math.sqrt(e*e+t*t+i*i),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,i),this.phi=Math.acos(Ge(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var Du=class Du{constructor(e,t,i,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,i,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let i=0;i<4;i++)this.elements[i]=e[i+t];return this}set(e,t,i,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=i,s[3]=r,this}};Du.prototype.isMatrix2=!0;var Zh=Du;var ma=class extends En{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}};function Ru(n,e,t,i){let r=Uy(i);switch(t){case pu:return n*e;case Il:return n*e/r.components*r.byteLength;case Ll:return n*e/r.components*r.byteLength;case Ai:return n*e*2/r.components*r.byteLength;case Nl:return n*e*2/r.components*r.byteLength;case mu:return n*e*3/r.components*r.byteLength;case Pn:return n*e*4/r.components*r.byteLength;case Dl:return n*e*4/r.components*r.byteLength;case xa:case ya:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case _a:case va:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Ul:case Bl:return Math.max(n,16)*Math.max(e,8)/4;case Fl:case Ol:return Math.max(n,8)*Math.max(e,8)/2;case kl:case zl:case Gl:case Hl:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case Vl:case Ma:case Wl:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Xl:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case $l:return Math.floor((n+4)/5)*Math.floor((e+3)/4)*16;case ql:return Math.floor((n+4)/5)*Math.floor((e+4)/5)*16;case Yl:return Math.floor((n+5)/6)*Math.floor((e+4)/5)*16;case Zl:return Math.floor((n+5)/6)*Math.floor((e+5)/6)*16;case Kl:return Math.floor((n+7)/8)*Math.floor((e+4)/5)*16;case Jl:return Math.floor((n+7)/8)*Math.floor((e+5)/6)*16;case jl:return Math.floor((n+7)/8)*Math.floor((e+7)/8)*16;case Ql:return Math.floor((n+9)/10)*Math.floor((e+4)/5)*16;case ec:return Math.floor((n+9)/10)*Math.floor((e+5)/6)*16;case tc:return Math.floor((n+9)/10)*Math.floor((e+7)/8)*16;case nc:return Math.floor((n+9)/10)*Math.floor((e+9)/10)*16;case ic:return Math.floor((n+11)/12)*Math.floor((e+9)/10)*16;case rc:return Math.floor((n+11)/12)*Math.floor((e+11)/12)*16;case sc:case ac:case oc:return Math.ceil(n/4)*Math.ceil(e/4)*16;case lc:case cc:return Math.ceil(n/4)*Math.ceil(e/4)*8;case Sa:case hc:return Math.ceil(n/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function Uy(n){switch(n){case Jt:case hu:return{byteLength:1,components:1};case cs:case uu:case Rn:return{byteLength:2,components:1};case Rl:case Pl:return{byteLength:2,components:4};case Cn:case Cl:case xn:return{byteLength:4,components:1};case fu:case du:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${n}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Pe("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function sg(){let n=null,e=!1,t=null,i=null;function r(s,a){i=n.requestAnimationFrame(r),t(s,a)}return{start:function(){e!==!0&&t!==null&&n!==null&&(i=n.requestAnimationFrame(r),e=!0)},stop:function(){n!==null&&n.cancelAnimationFrame(i),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){n=s}}}function By(n){let e=new WeakMap;function t(o,l){let c=o.array,h=o.usage,f=c.byteLength,u=n.createBuffer();n.bindBuffer(l,u),n.bufferData(l,c,h),o.onUploadCallback();let d;if(c instanceof Float32Array)d=n.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)d=n.HALF_FLOAT;else if(c instanceof Uint16Array)o.isFloat16BufferAttribute?d=n.HALF_FLOAT:d=n.UNSIGNED_SHORT;else if(c instanceof Int16Array)d=n.SHORT;else if(c instanceof Uint32Array)d=n.UNSIGNED_INT;else if(c instanceof Int32Array)d=n.INT;else if(c instanceof Int8Array)d=n.BYTE;else if(c instanceof Uint8Array)d=n.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)d=n.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:u,type:d,bytesPerElement:c.BYTES_PER_ELEMENT,version:o.version,size:f}}function i(o,l,c){let h=l.array,f=l.updateRanges;if(n.bindBuffer(c,o),f.length===0)n.bufferSubData(c,0,h);else{f.sort((d,p)=>d.start-p.start);let u=0;for(let d=1;d<f.length;d++){let p=f[u],b=f[d];b.start<=p.start+p.count+1?p.count=Math.max(p.count,b.start+b.count-p.start):(++u,f[u]=b)}f.length=u+1;for(let d=0,p=f.length;d<p;d++){let b=f[d];n.bufferSubData(c,b.start*h.BYTES_PER_ELEMENT,h,b.start,b.count)}l.clearUpdateRanges()}l.onUploadCallback()}function r(o){return o.isInterleavedBufferAttribute&&(o=o.data),e.get(o)}function s(o){o.isInterleavedBufferAttribute&&(o=o.data);let l=e.get(o);l&&(n.deleteBuffer(l.buffer),e.delete(o))}function a(o,l){if(o.isInterleavedBufferAttribute&&(o=o.data),o.isGLBufferAttribute){let h=e.get(o);(!h||h.version<o.version)&&e.set(o,{buffer:o.buffer,type:o.type,bytesPerElement:o.elementSize,version:o.version});return}let c=e.get(o);if(c===void 0)e.set(o,t(o,l));else if(c.version<o.version){if(c.size!==o.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");i(c.buffer,o,l),c.version=o.version}}return{get:r,remove:s,update:a}}var ky=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,zy=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,Vy=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,Gy=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Hy=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,Wy=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,Xy=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,$y=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,qy=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,Yy=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,Zy=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,Ky=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,Jy=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,jy=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,Qy=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,e_=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,t_=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,n_=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,i_=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,r_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,s_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,a_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,o_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,l_=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,c_=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,h_=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,u_=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,f_=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,d_=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,p_="gl_FragColor = linearToOutputTexel( gl_FragColor );",m_=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,g_=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,b_=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,x_=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,y_=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,__=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,v_=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,M_=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,S_=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,w_=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,A_=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,E_=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,T_=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,C_=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,R_=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,P_=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,I_=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,L_=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,N_=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,D_=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,F_=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,U_=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,O_=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,B_=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,k_=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,z_=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,V_=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,G_=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,H_=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,W_=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,X_=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,$_=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,q_=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,Y_=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Z_=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,K_=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,J_=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,j_=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,Q_=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,ev=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,tv=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,nv=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,iv=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,rv=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,sv=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,av=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,ov=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,lv=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,cv=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,hv=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,uv=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,fv=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,dv=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,pv=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,mv=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,gv=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,bv=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,xv=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,yv=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,_v=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,vv=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,Mv=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,Sv=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,wv=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,Av=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,Ev=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,Tv=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,Cv=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,Rv=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,Pv=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,Iv=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,Lv=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,Nv=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,Dv=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,Fv=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,Uv=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,Ov=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,Bv=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,kv=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,zv=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,Vv=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Gv=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,Hv=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Wv=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,Xv=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,$v=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,qv=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,Yv=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,Zv=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Kv=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,Jv=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,jv=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,Qv=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,eM=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,tM=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,nM=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,iM=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,rM=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,sM=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,aM=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,oM=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,lM=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,cM=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,hM=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,uM=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,fM=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,dM=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,pM=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,mM=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,gM=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,bM=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,Ve={alphahash_fragment:ky,alphahash_pars_fragment:zy,alphamap_fragment:Vy,alphamap_pars_fragment:Gy,alphatest_fragment:Hy,alphatest_pars_fragment:Wy,aomap_fragment:Xy,aomap_pars_fragment:$y,batching_pars_vertex:qy,batching_vertex:Yy,begin_vertex:Zy,beginnormal_vertex:Ky,bsdfs:Jy,iridescence_fragment:jy,bumpmap_pars_fragment:Qy,clipping_planes_fragment:e_,clipping_planes_pars_fragment:t_,clipping_planes_pars_vertex:n_,clipping_planes_vertex:i_,color_fragment:r_,color_pars_fragment:s_,color_pars_vertex:a_,color_vertex:o_,common:l_,defaultnormal_vertex:c_,displacementmap_pars_vertex:h_,displacementmap_vertex:u_,emissivemap_fragment:f_,emissivemap_pars_fragment:d_,colorspace_fragment:p_,colorspace_pars_fragment:m_,envmap_fragment:g_,envmap_common_pars_fragment:b_,envmap_pars_fragment:x_,envmap_pars_vertex:y_,envmap_physical_pars_fragment:P_,envmap_vertex:__,fog_vertex:v_,fog_pars_vertex:M_,fog_fragment:S_,fog_pars_fragment:w_,gradientmap_pars_fragment:A_,lightmap_pars_fragment:E_,lights_lambert_fragment:T_,lights_lambert_pars_fragment:C_,lights_pars_begin:R_,lights_toon_fragment:I_,lights_toon_pars_fragment:L_,lights_phong_fragment:N_,lights_phong_pars_fragment:D_,lights_physical_fragment:F_,lights_physical_pars_fragment:U_,lights_fragment_begin:O_,lights_fragment_maps:B_,lights_fragment_end:k_,lightprobes_pars_fragment:z_,logdepthbuf_fragment:V_,logdepthbuf_pars_fragment:G_,logdepthbuf_pars_vertex:H_,logdepthbuf_vertex:W_,map_fragment:X_,map_pars_fragment:$_,map_particle_fragment:q_,map_particle_pars_fragment:Y_,metalnessmap_fragment:Z_,metalnessmap_pars_fragment:K_,morphinstance_vertex:J_,morphcolor_vertex:j_,morphnormal_vertex:Q_,morphtarget_pars_vertex:ev,morphtarget_vertex:tv,normal_fragment_begin:nv,normal_fragment_maps:iv,normal_pars_fragment:rv,normal_pars_vertex:sv,normal_vertex:av,normalmap_pars_fragment:ov,clearcoat_normal_fragment_begin:lv,clearcoat_normal_fragment_maps:cv,clearcoat_pars_fragment:hv,iridescence_pars_fragment:uv,opaque_fragment:fv,packing:dv,premultiplied_alpha_fragment:pv,project_vertex:mv,dithering_fragment:gv,dithering_pars_fragment:bv,roughnessmap_fragment:xv,roughnessmap_pars_fragment:yv,shadowmap_pars_fragment:_v,shadowmap_pars_vertex:vv,shadowmap_vertex:Mv,shadowmask_pars_fragment:Sv,skinbase_vertex:wv,skinning_pars_vertex:Av,skinning_vertex:Ev,skinnormal_vertex:Tv,specularmap_fragment:Cv,specularmap_pars_fragment:Rv,tonemapping_fragment:Pv,tonemapping_pars_fragment:Iv,transmission_fragment:Lv,transmission_pars_fragment:Nv,uv_pars_fragment:Dv,uv_pars_vertex:Fv,uv_vertex:Uv,worldpos_vertex:Ov,background_vert:Bv,background_frag:kv,backgroundCube_vert:zv,backgroundCube_frag:Vv,cube_vert:Gv,cube_frag:Hv,depth_vert:Wv,depth_frag:Xv,distance_vert:$v,distance_frag:qv,equirect_vert:Yv,equirect_frag:Zv,linedashed_vert:Kv,linedashed_frag:Jv,meshbasic_vert:jv,meshbasic_frag:Qv,meshlambert_vert:eM,meshlambert_frag:tM,meshmatcap_vert:nM,meshmatcap_frag:iM,meshnormal_vert:rM,meshnormal_frag:sM,meshphong_vert:aM,meshphong_frag:oM,meshphysical_vert:lM,meshphysical_frag:cM,meshtoon_vert:hM,meshtoon_frag:uM,points_vert:fM,points_frag:dM,shadow_vert:pM,shadow_frag:mM,sprite_vert:gM,sprite_frag:bM},be={common:{diffuse:{value:new Oe(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new De},alphaMap:{value:null},alphaMapTransform:{value:new De},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new De}},envmap:{envMap:{value:null},envMapRotation:{value:new De},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new De}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new De}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new De},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new De},normalScale:{value:new Te(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new De},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new De}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new De}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new De}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Oe(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Oe(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new De},alphaTest:{value:0},uvTransform:{value:new De}},sprite:{diffuse:{value:new Oe(16777215)},opacity:{value:1},center:{value:new Te(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new De},alphaMap:{value:null},alphaMapTransform:{value:new De},alphaTest:{value:0}}},zn={basic:{uniforms:zt([be.common,be.specularmap,be.envmap,be.aomap,be.lightmap,be.fog]),vertexShader:Ve.meshbasic_vert,fragmentShader:Ve.meshbasic_frag},lambert:{uniforms:zt([be.common,be.specularmap,be.envmap,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.fog,be.lights,{emissive:{value:new Oe(0)},envMapIntensity:{value:1}}]),vertexShader:Ve.meshlambert_vert,fragmentShader:Ve.meshlambert_frag},phong:{uniforms:zt([be.common,be.specularmap,be.envmap,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.fog,be.lights,{emissive:{value:new Oe(0)},specular:{value:new Oe(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Ve.meshphong_vert,fragmentShader:Ve.meshphong_frag},standard:{uniforms:zt([be.common,be.envmap,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.roughnessmap,be.metalnessmap,be.fog,be.lights,{emissive:{value:new Oe(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Ve.meshphysical_vert,fragmentShader:Ve.meshphysical_frag},toon:{uniforms:zt([be.common,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.gradientmap,be.fog,be.lights,{emissive:{value:new Oe(0)}}]),vertexShader:Ve.meshtoon_vert,fragmentShader:Ve.meshtoon_frag},matcap:{uniforms:zt([be.common,be.bumpmap,be.normalmap,be.displacementmap,be.fog,{matcap:{value:null}}]),vertexShader:Ve.meshmatcap_vert,fragmentShader:Ve.meshmatcap_frag},points:{uniforms:zt([be.points,be.fog]),vertexShader:Ve.points_vert,fragmentShader:Ve.points_frag},dashed:{uniforms:zt([be.common,be.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Ve.linedashed_vert,fragmentShader:Ve.linedashed_frag},depth:{uniforms:zt([be.common,be.displacementmap]),vertexShader:Ve.depth_vert,fragmentShader:Ve.depth_frag},normal:{uniforms:zt([be.common,be.bumpmap,be.normalmap,be.displacementmap,{opacity:{value:1}}]),vertexShader:Ve.meshnormal_vert,fragmentShader:Ve.meshnormal_frag},sprite:{uniforms:zt([be.sprite,be.fog]),vertexShader:Ve.sprite_vert,fragmentShader:Ve.sprite_frag},background:{uniforms:{uvTransform:{value:new De},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Ve.background_vert,fragmentShader:Ve.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new De}},vertexShader:Ve.backgroundCube_vert,fragmentShader:Ve.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Ve.cube_vert,fragmentShader:Ve.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Ve.equirect_vert,fragmentShader:Ve.equirect_frag},distance:{uniforms:zt([be.common,be.displacementmap,{referencePosition:{value:new B},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Ve.distance_vert,fragmentShader:Ve.distance_frag},shadow:{uniforms:zt([be.lights,be.fog,{color:{value:new Oe(0)},opacity:{value:1}}]),vertexShader:Ve.shadow_vert,fragmentShader:Ve.shadow_frag}};zn.physical={uniforms:zt([zn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new De},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new De},clearcoatNormalScale:{value:new Te(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new De},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new De},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new De},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new De},sheen:{value:0},sheenColor:{value:new Oe(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new De},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new De},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new De},transmissionSamplerSize:{value:new Te},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new De},attenuationDistance:{value:0},attenuationColor:{value:new Oe(0)},specularColor:{value:new Oe(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new De},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new De},anisotropyVector:{value:new Te},anisotropyMap:{value:null},anisotropyMapTransform:{value:new De}}]),vertexShader:Ve.meshphysical_vert,fragmentShader:Ve.meshphysical_frag};var dc={r:0,b:0,g:0},xM=new Ke,ag=new De;ag.set(-1,0,0,0,1,0,0,0,1);function yM(n,e,t,i,r,s){let a=new Oe(0),o=r===!0?0:1,l,c,h=null,f=0,u=null;function d(_){let A=_.isScene===!0?_.background:null;if(A&&A.isTexture){let M=_.backgroundBlurriness>0;A=e.get(A,M)}return A}function p(_){let A=!1,M=d(_);M===null?g(a,o):M&&M.isColor&&(g(M,1),A=!0);let E=n.xr.getEnvironmentBlendMode();E==="additive"?t.buffers.color.setClear(0,0,0,1,s):E==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(n.autoClear||A)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),n.clear(n.autoClearColor,n.autoClearDepth,n.autoClearStencil))}function b(_,A){let M=d(A);M&&M.isCubeTexture?(c===void 0&&(c=new $t(new is(1,1,1),new On({name:"BackgroundCubeMaterial",uniforms:ji(zn.backgroundCube.uniforms),vertexShader:zn.backgroundCube.vertexShader,fragmentShader:zn.backgroundCube.fragmentShader,side:qt,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(E,w,x){this.matrixWorld.copyPosition(x.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),i.update(c)),c.material.uniforms.envMap.value=M,c.material.uniforms.backgroundBlurriness.value=A.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=A.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(xM.makeRotationFromEuler(A.backgroundRotation)).transpose(),M.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(ag),c.material.toneMapped=Ye.getTransfer(M.colorSpace)!==Qe,(h!==M||f!==M.version||u!==n.toneMapping)&&(c.material.needsUpdate=!0,h=M,f=M.version,u=n.toneMapping),c.layers.enableAll(),_.unshift(c,c.geometry,c.material,0,0,null)):M&&M.isTexture&&(l===void 0&&(l=new $t(new qi(2,2),new On({name:"BackgroundMaterial",uniforms:ji(zn.background.uniforms),vertexShader:zn.background.vertexShader,fragmentShader:zn.background.fragmentShader,side:wi,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),i.update(l)),l.material.uniforms.t2D.value=M,l.material.uniforms.backgroundIntensity.value=A.backgroundIntensity,l.material.toneMapped=Ye.getTransfer(M.colorSpace)!==Qe,M.matrixAutoUpdate===!0&&M.updateMatrix(),l.material.uniforms.uvTransform.value.copy(M.matrix),(h!==M||f!==M.version||u!==n.toneMapping)&&(l.material.needsUpdate=!0,h=M,f=M.version,u=n.toneMapping),l.layers.enableAll(),_.unshift(l,l.geometry,l.material,0,0,null))}function g(_,A){_.getRGB(dc,Eu(n)),t.buffers.color.setClear(dc.r,dc.g,dc.b,A,s)}function m(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return a},setClearColor:function(_,A=1){a.set(_),o=A,g(a,o)},getClearAlpha:function(){return o},setClearAlpha:function(_){o=_,g(a,o)},render:p,addToRenderList:b,dispose:m}}function _M(n,e){let t=n.getParameter(n.MAX_VERTEX_ATTRIBS),i={},r=u(null),s=r,a=!1;function o(P,L,k,R,F){let W=!1,z=f(P,R,k,L);s!==z&&(s=z,c(s.object)),W=d(P,R,k,F),W&&p(P,R,k,F),F!==null&&e.update(F,n.ELEMENT_ARRAY_BUFFER),(W||a)&&(a=!1,M(P,L,k,R),F!==null&&n.bindBuffer(n.ELEMENT_ARRAY_BUFFER,e.get(F).buffer))}function l(){return n.createVertexArray()}function c(P){return n.bindVertexArray(P)}function h(P){return n.deleteVertexArray(P)}function f(P,L,k,R){let F=R.wireframe===!0,W=i[L.id];W===void 0&&(W={},i[L.id]=W);let z=P.isInstancedMesh===!0?P.id:0,Q=W[z];Q===void 0&&(Q={},W[z]=Q);let $=Q[k.id];$===void 0&&($={},Q[k.id]=$);let K=$[F];return K===void 0&&(K=u(l()),$[F]=K),K}function u(P){let L=[],k=[],R=[];for(let F=0;F<t;F++)L[F]=0,k[F]=0,R[F]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:L,enabledAttributes:k,attributeDivisors:R,object:P,attributes:{},index:null}}function d(P,L,k,R){let F=s.attributes,W=L.attributes,z=0,Q=k.getAttributes();for(let $ in Q)if(Q[$].location>=0){let ee=F[$],_e=W[$];if(_e===void 0&&($==="instanceMatrix"&&P.instanceMatrix&&(_e=P.instanceMatrix),$==="instanceColor"&&P.instanceColor&&(_e=P.instanceColor)),ee===void 0||ee.attribute!==_e||_e&&ee.data!==_e.data)return!0;z++}return s.attributesNum!==z||s.index!==R}function p(P,L,k,R){let F={},W=L.attributes,z=0,Q=k.getAttributes();for(let $ in Q)if(Q[$].location>=0){let ee=W[$];ee===void 0&&($==="instanceMatrix"&&P.instanceMatrix&&(ee=P.instanceMatrix),$==="instanceColor"&&P.instanceColor&&(ee=P.instanceColor));let _e={};_e.attribute=ee,ee&&ee.data&&(_e.data=ee.data),F[$]=_e,z++}s.attributes=F,s.attributesNum=z,s.index=R}function b(){let P=s.newAttributes;for(let L=0,k=P.length;L<k;L++)P[L]=0}function g(P){m(P,0)}function m(P,L){let k=s.newAttributes,R=s.enabledAttributes,F=s.attributeDivisors;k[P]=1,R[P]===0&&(n.enableVertexAttribArray(P),R[P]=1),F[P]!==L&&(n.vertexAttribDivisor(P,L),F[P]=L)}function _(){let P=s.newAttributes,L=s.enabledAttributes;for(let k=0,R=L.length;k<R;k++)L[k]!==P[k]&&(n.disableVertexAttribArray(k),L[k]=0)}function A(P,L,k,R,F,W,z){z===!0?n.vertexAttribIPointer(P,L,k,F,W):n.vertexAttribPointer(P,L,k,R,F,W)}function M(P,L,k,R){b();let F=R.attributes,W=k.getAttributes(),z=L.defaultAttributeValues;for(let Q in W){let $=W[Q];if($.location>=0){let K=F[Q];if(K===void 0&&(Q==="instanceMatrix"&&P.instanceMatrix&&(K=P.instanceMatrix),Q==="instanceColor"&&P.instanceColor&&(K=P.instanceColor)),K!==void 0){let ee=K.normalized,_e=K.itemSize,Ne=e.get(K);if(Ne===void 0)continue;let U=Ne.buffer,ne=Ne.type,ae=Ne.bytesPerElement,ye=ne===n.INT||ne===n.UNSIGNED_INT||K.gpuType===Cl;if(K.isInterleavedBufferAttribute){let oe=K.data,Ee=oe.isInterleavedBuffer===!0?oe.stride:oe.itemSize,nt=K.offset;if(oe.isInstancedInterleavedBuffer||oe.isInstancedBufferAttribute){for(let Re=0;Re<$.locationSize;Re++)m($.location+Re,oe.meshPerAttribute);P.isInstancedMesh!==!0&&R._maxInstanceCount===void 0&&(R._maxInstanceCount=oe.meshPerAttribute*oe.count)}else for(let Re=0;Re<$.locationSize;Re++)g($.location+Re);n.bindBuffer(n.ARRAY_BUFFER,U);for(let Re=0;Re<$.locationSize;Re++)A($.location+Re,_e/$.locationSize,ne,ee,Ee*ae,(nt+_e/$.locationSize*Re)*ae,ye)}else{if(K.isInstancedBufferAttribute){for(let oe=0;oe<$.locationSize;oe++)m($.location+oe,K.meshPerAttribute);P.isInstancedMesh!==!0&&R._maxInstanceCount===void 0&&(R._maxInstanceCount=K.meshPerAttribute*K.count)}else for(let oe=0;oe<$.locationSize;oe++)g($.location+oe);n.bindBuffer(n.ARRAY_BUFFER,U);for(let oe=0;oe<$.locationSize;oe++)A($.location+oe,_e/$.locationSize,ne,ee,_e*ae,_e/$.locationSize*oe*ae,ye)}}else if(z!==void 0){let ee=z[Q];if(ee!==void 0)switch(ee.length){case 2:n.vertexAttrib2fv($.location,ee);break;case 3:n.vertexAttrib3fv($.location,ee);break;case 4:n.vertexAttrib4fv($.location,ee);break;default:n.vertexAttrib1fv($.location,ee)}}}}_()}function E(){N();for(let P in i){let L=i[P];for(let k in L){let R=L[k];for(let F in R){let W=R[F];for(let z in W)h(W[z].object),delete W[z];delete R[F]}}delete i[P]}}function w(P){if(i[P.id]===void 0)return;let L=i[P.id];for(let k in L){let R=L[k];for(let F in R){let W=R[F];for(let z in W)h(W[z].object),delete W[z];delete R[F]}}delete i[P.id]}function x(P){for(let L in i){let k=i[L];for(let R in k){let F=k[R];if(F[P.id]===void 0)continue;let W=F[P.id];for(let z in W)h(W[z].object),delete W[z];delete F[P.id]}}}function S(P){for(let L in i){let k=i[L],R=P.isInstancedMesh===!0?P.id:0,F=k[R];if(F!==void 0){for(let W in F){let z=F[W];for(let Q in z)h(z[Q].object),delete z[Q];delete F[W]}delete k[R],Object.keys(k).length===0&&delete i[L]}}}function N(){C(),a=!0,s!==r&&(s=r,c(s.object))}function C(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:o,reset:N,resetDefaultState:C,dispose:E,releaseStatesOfGeometry:w,releaseStatesOfObject:S,releaseStatesOfProgram:x,initAttributes:b,enableAttribute:g,disableUnusedAttributes:_}}function vM(n,e,t){let i;function r(l){i=l}function s(l,c){n.drawArrays(i,l,c),t.update(c,i,1)}function a(l,c,h){h!==0&&(n.drawArraysInstanced(i,l,c,h),t.update(c,i,h))}function o(l,c,h){if(h===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(i,l,0,c,0,h);let u=0;for(let d=0;d<h;d++)u+=c[d];t.update(u,i,1)}this.setMode=r,this.render=s,this.renderInstances=a,this.renderMultiDraw=o}function MM(n,e,t,i){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let x=e.get("EXT_texture_filter_anisotropic");r=n.getParameter(x.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function a(x){return!(x!==Pn&&i.convert(x)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_FORMAT))}function o(x){let S=x===Rn&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(x!==Jt&&x!==xn&&!S&&i.convert(x)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_TYPE))}function l(x){if(x==="highp"){if(n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.HIGH_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.HIGH_FLOAT).precision>0)return"highp";x="mediump"}return x==="mediump"&&n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.MEDIUM_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=t.precision!==void 0?t.precision:"highp",h=l(c);h!==c&&(Pe("WebGLRenderer:",c,"not supported, using",h,"instead."),c=h);let f=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),u=t.logarithmicDepthBuffer===!0&&f===!1;t.reversedDepthBuffer===!0&&f===!1&&Pe("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&f===!0&&Pe("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let d=n.getParameter(n.MAX_TEXTURE_IMAGE_UNITS),p=n.getParameter(n.MAX_VERTEX_TEXTURE_IMAGE_UNITS),b=n.getParameter(n.MAX_TEXTURE_SIZE),g=n.getParameter(n.MAX_CUBE_MAP_TEXTURE_SIZE),m=n.getParameter(n.MAX_VERTEX_ATTRIBS),_=n.getParameter(n.MAX_VERTEX_UNIFORM_VECTORS),A=n.getParameter(n.MAX_VARYING_VECTORS),M=n.getParameter(n.MAX_FRAGMENT_UNIFORM_VECTORS),E=n.getParameter(n.MAX_SAMPLES),w=n.getParameter(n.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:l,textureFormatReadable:a,textureTypeReadable:o,precision:c,logarithmicDepthBuffer:u,reversedDepthBuffer:f,maxTextures:d,maxVertexTextures:p,maxTextureSize:b,maxCubemapSize:g,maxAttributes:m,maxVertexUniforms:_,maxVaryings:A,maxFragmentUniforms:M,maxSamples:E,samples:w}}function SM(n){let e=this,t=null,i=0,r=!1,s=!1,a=new rn,o=new De,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(f,u){let d=f.length!==0||u||i!==0||r;return r=u,i=f.length,d},this.beginShadows=function(){s=!0,h(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(f,u){t=h(f,u,0)},this.setState=function(f,u,d){let p=f.clippingPlanes,b=f.clipIntersection,g=f.clipShadows,m=n.get(f);if(!r||p===null||p.length===0||s&&!g)s?h(null):c();else{let _=s?0:i,A=_*4,M=m.clippingState||null;l.value=M,M=h(p,u,A,d);for(let E=0;E!==A;++E)M[E]=t[E];m.clippingState=M,this.numIntersection=b?this.numPlanes:0,this.numPlanes+=_}};function c(){l.value!==t&&(l.value=t,l.needsUpdate=i>0),e.numPlanes=i,e.numIntersection=0}function h(f,u,d,p){let b=f!==null?f.length:0,g=null;if(b!==0){if(g=l.value,p!==!0||g===null){let m=d+b*4,_=u.matrixWorldInverse;o.getNormalMatrix(_),(g===null||g.length<m)&&(g=new Float32Array(m));for(let A=0,M=d;A!==b;++A,M+=4)a.copy(f[A]).applyMatrix4(_,o),a.normal.toArray(g,M),g[M+3]=a.constant}l.value=g,l.needsUpdate=!0}return e.numPlanes=b,e.numIntersection=0,g}}var Ea=class extends an{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let i={width:e,height:e,depth:1},r=[i,i,i,i,i,i];this.texture=new ia(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let i={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},r=new is(5,5,5),s=new On({name:"CubemapFromEquirect",uniforms:ji(i.uniforms),vertexShader:i.vertexShader,fragmentShader:i.fragmentShader,side:qt,blending:Yi});s.uniforms.tEquirect.value=t;let a=new $t(r,s),o=t.minFilter;return t.minFilter===ni&&(t.minFilter=Wt),new rs(1,10,this).update(e,a),t.minFilter=o,a.geometry.dispose(),a.material.dispose(),this}clear(e,t=!0,i=!0,r=!0){let s=e.getRenderTarget();for(let a=0;a<6;a++)e.setRenderTarget(this,a),e.clear(t,i,r);e.setRenderTarget(s)}},Bm=256,wM=3,AM=20,og=256,lg=16,EM=3,TM=new B,CM=new Oe,mc=class n{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new rs(1,10,null),this._boxMesh=new $t(new is(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,i=.1,r=100,s={}){let{size:a=256,position:o=TM}=s,l=this._renderer;this._setSize(a);let c=this._allocateTarget(),h=this._getSourceTarget(!0);t>0&&(h.texture.mipmapsAutoUpdate=!1);let f=l.autoClear,u=l.autoClearColor,d=l.autoClearDepth,p=l.autoClearStencil,b=e.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,b===null&&(e.background=l.getClearColor(CM));let g=new rs(i,r,h);return g.position.copy(o),g.update(l,e),l.autoClear=f,l.autoClearColor=u,l.autoClearDepth=d,l.autoClearStencil=p,e.background=b,t>0&&(h.texture.mipmapsAutoUpdate=!0,this._blur(c,t)),this._applyPMREM(c),c}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=Vm(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=zm(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(Bm,Mu(e))}_fromTexture(e,t){e.mapping===Ki||e.mapping===ls?this._setSize(e.image.length===0?Bm:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let i=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(i),i}_allocateTarget(){let e=this._cubeSize,t=km(e,!1,!1),i=Math.log2(e)-wM;for(let r=0;r<=i;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,i=this._sourceTarget;return(i===null||i.width!==t||e&&i.depthBuffer===!1)&&(i!==null&&i.dispose(),this._sourceTarget=km(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,i){let r=this._boxMesh,s=this._cubeCamera;r.material=i,s.renderTarget=e,s.activeMipmapLevel=t;let a=e.width>>t;e.viewport.set(0,0,a,a),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===Ki||e.mapping===ls?(this._cubemapMaterial===null&&(this._cubemapMaterial=Vm()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=zm()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=RM(),this._integrationMaterial=PM());let t=this._cubeSize,i=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/lg);for(let a=0;a<=i;a++){let o=n.lodToRoughness(a,i);if(a>i-EM)s.roughness.value=o,this._renderCube(e,a,this._integrationMaterial);else{let l=o>0?Math.log2(t)+.5*Math.log2(6/(og*Math.pow(o,4)))+.5:0;r.roughness.value=o,r.lodBias.value=l,this._renderCube(e,a,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=IM());let i=this._blurMaterial,r=i.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,i),r.envMap.value=e.texture,this._renderCube(s,0,i)}};function km(n,e,t){return new Ea(n,{minFilter:ni,generateMipmaps:e,type:Rn,colorSpace:Xs,depthBuffer:t})}function Ta(n,e,t){return new On({name:n,uniforms:e,vertexShader:Ve.cube_vert,fragmentShader:t,side:qt,blending:Yi,depthTest:!1,depthWrite:!1})}function RM(){return Ta("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${og}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function PM(){return Ta("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:lg}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function IM(){return Ta("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${AM}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function zm(){return Ta("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function Vm(){return Ta("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function LM(n){let e=new WeakMap,t=new WeakMap,i=null;function r(u,d=!1){return u==null?null:d?a(u):s(u)}function s(u){if(u&&u.isTexture){let d=u.mapping;if(d===Al||d===El)if(e.has(u)){let p=e.get(u).texture;return o(p,u.mapping)}else{let p=u.image;if(p&&p.height>0){let b=new Ea(p.height);return b.fromEquirectangularTexture(n,u),e.set(u,b),u.addEventListener("dispose",c),o(b.texture,u.mapping)}else return null}}return u}function a(u){if(u&&u.isTexture&&u.isPMREMTexture!==!0){let d=u.mapping,p=d===Al||d===El,b=d===Ki||d===ls;if(p||b){let g=t.get(u),m=g!==void 0?g.texture.pmremVersion:0;if(u.isRenderTargetTexture&&u.pmremVersion!==m)return i===null&&(i=new mc(n)),g=p?i.fromEquirectangular(u,g):i.fromCubemap(u,g),g.texture.pmremVersion=u.pmremVersion,t.set(u,g),g.texture;if(g!==void 0)return g.texture;{let _=u.image;return p&&_&&_.height>0||b&&_&&l(_)?(i===null&&(i=new mc(n)),g=p?i.fromEquirectangular(u):i.fromCubemap(u),g.texture.pmremVersion=u.pmremVersion,t.set(u,g),u.addEventListener("dispose",h),g.texture):null}}}return u}function o(u,d){return d===Al?u.mapping=Ki:d===El&&(u.mapping=ls),u}function l(u){let d=0,p=6;for(let b=0;b<p;b++)u[b]!==void 0&&d++;return d===p}function c(u){let d=u.target;d.removeEventListener("dispose",c);let p=e.get(d);p!==void 0&&(e.delete(d),p.dispose())}function h(u){let d=u.target;d.removeEventListener("dispose",h);let p=t.get(d);p!==void 0&&(t.delete(d),p.dispose())}function f(){e=new WeakMap,t=new WeakMap,i!==null&&(i.dispose(),i=null)}return{get:r,dispose:f}}function NM(n){let e={};function t(i){if(e[i]!==void 0)return e[i];let r=n.getExtension(i);return e[i]=r,r}return{has:function(i){return t(i)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(i){let r=t(i);return r===null&&Vs("WebGLRenderer: "+i+" extension not supported."),r}}}function DM(n,e,t,i){let r={},s=new WeakMap,a=new FinalizationRegistry(p=>delete r[p]);function o(p){l(p.target)}function l(p){p.index!==null&&e.remove(p.index);for(let g in p.attributes)e.remove(p.attributes[g]);p.removeEventListener("dispose",o),delete r[p.id],a.unregister(p);let b=s.get(p);b&&(e.remove(b),s.delete(p)),i.releaseStatesOfGeometry(p),p.isInstancedBufferGeometry===!0&&delete p._maxInstanceCount,t.memory.geometries--}function c(p,b){return r[b.id]!==void 0||(b.addEventListener("dispose",o),r[b.id]=new WeakRef(b),a.register(b,b.id,b),t.memory.geometries++),b}function h(p){let b=p.attributes;for(let g in b)e.update(b[g],n.ARRAY_BUFFER)}function f(p){let b=p.index,g=p.attributes.position,m=0;if(g===void 0)return;let _=b!==null?b.array.length:g.array.length/3-1,A=g.count>=65535?js:Js,M=new A(Math.ceil(_/3)*6,1),E=M.array;if(b!==null){let x=b.array;m=b.version;for(let S=0,N=0;S<_;S+=3){let C=x[S+0],P=x[S+1],L=x[S+2];E[N++]=C,E[N++]=P,E[N++]=P,E[N++]=L,E[N++]=L,E[N++]=C}}else{m=g.version;for(let x=0,S=0;x<_;x+=3){let N=x+0,C=x+1,P=x+2;E[S++]=N,E[S++]=C,E[S++]=C,E[S++]=P,E[S++]=P,E[S++]=N}}M.version=m;let w=s.get(p);w&&e.remove(w),s.set(p,M)}function u(p){let b=s.get(p);if(b){let g=p.index;g!==null&&b.version<g.version&&f(p)}else f(p);return s.get(p)}function d(){for(let p in r){let b=r[p].deref();b!==void 0&&l(b)}}return{get:c,update:h,getWireframeAttribute:u,dispose:d}}function FM(n,e,t){let i;function r(f){i=f}let s,a;function o(f){s=f.type,a=f.bytesPerElement}function l(f,u){n.drawElements(i,u,s,f*a),t.update(u,i,1)}function c(f,u,d){d!==0&&(n.drawElementsInstanced(i,u,s,f*a,d),t.update(u,i,d))}function h(f,u,d){if(d===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(i,u,0,s,f,0,d);let b=0;for(let g=0;g<d;g++)b+=u[g];t.update(b,i,1)}this.setMode=r,this.setIndex=o,this.render=l,this.renderInstances=c,this.renderMultiDraw=h}function UM(n){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function i(s,a,o){switch(t.calls++,a){case n.TRIANGLES:t.triangles+=o*(s/3);break;case n.LINES:t.lines+=o*(s/2);break;case n.LINE_STRIP:t.lines+=o*(s-1);break;case n.LINE_LOOP:t.lines+=o*s;break;case n.POINTS:t.points+=o*s;break;default:Le("WebGLInfo: Unknown draw mode:",a);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:i}}function OM(n,e,t){let i=new WeakMap,r=new ht;function s(a,o,l){let c=a.morphTargetInfluences,h=o.morphAttributes.position||o.morphAttributes.normal||o.morphAttributes.color,f=h!==void 0?h.length:0,u=i.get(o);if(u===void 0||u.count!==f){let N=function(){x.dispose(),i.delete(o),o.removeEventListener("dispose",N)};u!==void 0&&u.texture.dispose();let d=o.morphAttributes.position!==void 0,p=o.morphAttributes.normal!==void 0,b=o.morphAttributes.color!==void 0,g=o.morphAttributes.position||[],m=o.morphAttributes.normal||[],_=o.morphAttributes.color||[],A=0;d===!0&&(A=1),p===!0&&(A=2),b===!0&&(A=3);let M=o.attributes.position.count*A,E=1;M>e.maxTextureSize&&(E=Math.ceil(M/e.maxTextureSize),M=e.maxTextureSize);let w=new Float32Array(M*E*4*f),x=new Zs(w,M,E,f);x.type=xn,x.needsUpdate=!0;let S=A*4;for(let C=0;C<f;C++){let P=g[C],L=m[C],k=_[C],R=M*E*4*C;for(let F=0;F<P.count;F++){let W=F*S;d===!0&&(r.fromBufferAttribute(P,F),w[R+W+0]=r.x,w[R+W+1]=r.y,w[R+W+2]=r.z,w[R+W+3]=0),p===!0&&(r.fromBufferAttribute(L,F),w[R+W+4]=r.x,w[R+W+5]=r.y,w[R+W+6]=r.z,w[R+W+7]=0),b===!0&&(r.fromBufferAttribute(k,F),w[R+W+8]=r.x,w[R+W+9]=r.y,w[R+W+10]=r.z,w[R+W+11]=k.itemSize===4?r.w:1)}}u={count:f,texture:x,size:new Te(M,E)},i.set(o,u),o.addEventListener("dispose",N)}if(a.isInstancedMesh===!0&&a.morphTexture!==null)l.getUniforms().setValue(n,"morphTexture",a.morphTexture,t);else{let d=0;for(let b=0;b<c.length;b++)d+=c[b];let p=o.morphTargetsRelative?1:1-d;l.getUniforms().setValue(n,"morphTargetBaseInfluence",p),l.getUniforms().setValue(n,"morphTargetInfluences",c)}l.getUniforms().setValue(n,"morphTargetsTexture",u.texture,t),l.getUniforms().setValue(n,"morphTargetsTextureSize",u.size)}return{update:s}}function BM(n,e,t,i,r){let s=new WeakMap;function a(c){let h=r.render.frame,f=c.geometry,u=e.get(c,f);if(s.get(u)!==h&&(e.update(u),s.set(u,h)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),s.get(c)!==h&&(t.update(c.instanceMatrix,n.ARRAY_BUFFER),c.instanceColor!==null&&t.update(c.instanceColor,n.ARRAY_BUFFER),s.set(c,h))),c.isSkinnedMesh){let d=c.skeleton;s.get(d)!==h&&(d.update(),s.set(d,h))}return u}function o(){s=new WeakMap}function l(c){let h=c.target;h.removeEventListener("dispose",l),i.releaseStatesOfObject(h),t.remove(h.instanceMatrix),h.instanceColor!==null&&t.remove(h.instanceColor)}return{update:a,dispose:o}}var kM={[nu]:"LINEAR_TONE_MAPPING",[iu]:"REINHARD_TONE_MAPPING",[ru]:"CINEON_TONE_MAPPING",[su]:"ACES_FILMIC_TONE_MAPPING",[ou]:"AGX_TONE_MAPPING",[lu]:"NEUTRAL_TONE_MAPPING",[au]:"CUSTOM_TONE_MAPPING"};function zM(n,e,t,i,r,s){let a=new an(e,t,{type:n,depthBuffer:r,stencilBuffer:s,samples:i?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),o=null,l=null,c=null,h=new xt;h.setAttribute("position",new Ft([-1,3,0,-1,-1,0,3,-1,0],3)),h.setAttribute("uv",new Ft([0,2,0,0,2,0],2));let f=new ll({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),u=new $t(h,f),d=new fa(-1,1,1,-1,0,1),p=null,b=null,g=!1,m,_=null,A=[],M=!1;this.setSize=function(E,w){a.setSize(E,w),o!==null&&o.setSize(E,w),l!==null&&l.setSize(E,w);for(let x=0;x<A.length;x++){let S=A[x];S.setSize&&S.setSize(E,w)}},this.setEffects=function(E){A=E,M=A.length>0&&A[0].isRenderPass===!0;let w=a.width,x=a.height;A.length>0&&o===null&&(o=new an(w,x,{type:Rn,depthBuffer:!1,stencilBuffer:!1}),l=new an(w,x,{type:Rn,depthBuffer:!1,stencilBuffer:!1}));let S=r===!0&&A.some(N=>N.needsDepthTexture===!0);S!==(a.depthTexture!==null)&&(S===!0&&c===null&&(c=new ti(w,x),s===!0&&(c.format=ii,c.type=Ji)),a.dispose(),a.depthTexture=S?c:null,a.resolveDepthBuffer=S,a.storeMultisampledDepthBuffer=S);for(let N=0;N<A.length;N++){let C=A[N];C.setSize&&C.setSize(w,x),S&&C.needsDepthTexture===!0&&C.setDepthTexture&&C.setDepthTexture(c)}},this.begin=function(E,w){if(g||E.toneMapping===Bn&&A.length===0)return!1;if(_=w,w!==null){let x=w.width,S=w.height;(a.width!==x||a.height!==S)&&this.setSize(x,S)}return M===!1&&E.setRenderTarget(a),m=E.toneMapping,E.toneMapping=Bn,!0},this.hasRenderPass=function(){return M},this.end=function(E,w){E.toneMapping=m,g=!0;let x=a,S=o;for(let N=0;N<A.length;N++){let C=A[N];C.enabled!==!1&&(C.render(E,S,x,w),C.needsSwap!==!1&&(x=S,S=S===o?l:o))}if(p!==E.outputColorSpace||b!==E.toneMapping){p=E.outputColorSpace,b=E.toneMapping,f.defines={},Ye.getTransfer(p)===Qe&&(f.defines.SRGB_TRANSFER="");let N=kM[b];N&&(f.defines[N]=""),f.needsUpdate=!0}f.uniforms.tDiffuse.value=x.texture,E.setRenderTarget(_),E.render(u,d),_=null,g=!1},this.isCompositing=function(){return g},this.dispose=function(){a.dispose(),o!==null&&o.dispose(),l!==null&&l.dispose(),h.dispose(),f.dispose()}}var cg=new Xt,hg=new ti(1,1),ug=new ra(1),fg=new Zs,dg=new il,pg=new ia,Gm=[],Hm=[],Wm=new Float32Array(16),Xm=new Float32Array(9),$m=new Float32Array(4);function us(n,e,t){let i=n[0];if(i<=0||i>0)return n;let r=e*t,s=Gm[r];if(s===void 0&&(s=new Float32Array(r),Gm[r]=s),e!==0){i.toArray(s,0);for(let a=1,o=0;a!==e;++a)o+=t,n[a].toArray(s,o)}return s}function St(n,e){if(n.length!==e.length)return!1;for(let t=0,i=n.length;t<i;t++)if(n[t]!==e[t])return!1;return!0}function wt(n,e){for(let t=0,i=e.length;t<i;t++)n[t]=e[t]}function bc(n,e){let t=Hm[e];t===void 0&&(t=new Int32Array(e),Hm[e]=t);for(let i=0;i!==e;++i)t[i]=n.allocateTextureUnit();return t}function VM(n,e){let t=this.cache;t[0]!==e&&(n.uniform1f(this.addr,e),t[0]=e)}function GM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(St(t,e))return;n.uniform2fv(this.addr,e),wt(t,e)}}function HM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(n.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(St(t,e))return;n.uniform3fv(this.addr,e),wt(t,e)}}function WM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(St(t,e))return;n.uniform4fv(this.addr,e),wt(t,e)}}function XM(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(St(t,e))return;n.uniformMatrix2fv(this.addr,!1,e),wt(t,e)}else{if(St(t,i))return;$m.set(i),n.uniformMatrix2fv(this.addr,!1,$m),wt(t,i)}}function $M(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(St(t,e))return;n.uniformMatrix3fv(this.addr,!1,e),wt(t,e)}else{if(St(t,i))return;Xm.set(i),n.uniformMatrix3fv(this.addr,!1,Xm),wt(t,i)}}function qM(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(St(t,e))return;n.uniformMatrix4fv(this.addr,!1,e),wt(t,e)}else{if(St(t,i))return;Wm.set(i),n.uniformMatrix4fv(this.addr,!1,Wm),wt(t,i)}}function YM(n,e){let t=this.cache;t[0]!==e&&(n.uniform1i(this.addr,e),t[0]=e)}function ZM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(St(t,e))return;n.uniform2iv(this.addr,e),wt(t,e)}}function KM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(St(t,e))return;n.uniform3iv(this.addr,e),wt(t,e)}}function JM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(St(t,e))return;n.uniform4iv(this.addr,e),wt(t,e)}}function jM(n,e){let t=this.cache;t[0]!==e&&(n.uniform1ui(this.addr,e),t[0]=e)}function QM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(St(t,e))return;n.uniform2uiv(this.addr,e),wt(t,e)}}function e1(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(St(t,e))return;n.uniform3uiv(this.addr,e),wt(t,e)}}function t1(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(St(t,e))return;n.uniform4uiv(this.addr,e),wt(t,e)}}function xc(n){return n.version===0&&(n.compareFunction=xu,n.needsUpdate=!0),n}function n1(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_2D_SHADOW?s=xc(hg):s=cg,t.setTexture2D(e||s,r)}function i1(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture3D(e||dg,r)}function r1(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_CUBE_SHADOW?s=xc(ug):s=pg,t.setTextureCube(e||s,r)}function s1(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture2DArray(e||fg,r)}function a1(n){switch(n){case 5126:return VM;case 35664:return GM;case 35665:return HM;case 35666:return WM;case 35674:return XM;case 35675:return $M;case 35676:return qM;case 5124:case 35670:return YM;case 35667:case 35671:return ZM;case 35668:case 35672:return KM;case 35669:case 35673:return JM;case 5125:return jM;case 36294:return QM;case 36295:return e1;case 36296:return t1;case 35678:case 36198:case 36298:case 36306:case 35682:return n1;case 35679:case 36299:case 36307:return i1;case 35680:case 36300:case 36308:case 36293:return r1;case 36289:case 36303:case 36311:case 36292:return s1}}function o1(n,e){n.uniform1fv(this.addr,e)}function l1(n,e){let t=us(e,this.size,2);n.uniform2fv(this.addr,t)}function c1(n,e){let t=us(e,this.size,3);n.uniform3fv(this.addr,t)}function h1(n,e){let t=us(e,this.size,4);n.uniform4fv(this.addr,t)}function u1(n,e){let t=us(e,this.size,4);n.uniformMatrix2fv(this.addr,!1,t)}function f1(n,e){let t=us(e,this.size,9);n.uniformMatrix3fv(this.addr,!1,t)}function d1(n,e){let t=us(e,this.size,16);n.uniformMatrix4fv(this.addr,!1,t)}function p1(n,e){n.uniform1iv(this.addr,e)}function m1(n,e){n.uniform2iv(this.addr,e)}function g1(n,e){n.uniform3iv(this.addr,e)}function b1(n,e){n.uniform4iv(this.addr,e)}function x1(n,e){n.uniform1uiv(this.addr,e)}function y1(n,e){n.uniform2uiv(this.addr,e)}function _1(n,e){n.uniform3uiv(this.addr,e)}function v1(n,e){n.uniform4uiv(this.addr,e)}function M1(n,e,t){let i=this.cache,r=e.length,s=bc(t,r);St(i,s)||(n.uniform1iv(this.addr,s),wt(i,s));let a;this.type===n.SAMPLER_2D_SHADOW?a=xc(hg):a=cg;for(let o=0;o!==r;++o)t.setTexture2D(e[o]||a,s[o])}function S1(n,e,t){let i=this.cache,r=e.length,s=bc(t,r);St(i,s)||(n.uniform1iv(this.addr,s),wt(i,s));for(let a=0;a!==r;++a)t.setTexture3D(e[a]||dg,s[a])}function w1(n,e,t){let i=this.cache,r=e.length,s=bc(t,r);St(i,s)||(n.uniform1iv(this.addr,s),wt(i,s));let a;this.type===n.SAMPLER_CUBE_SHADOW?a=xc(ug):a=pg;for(let o=0;o!==r;++o)t.setTextureCube(e[o]||a,s[o])}function A1(n,e,t){let i=this.cache,r=e.length,s=bc(t,r);St(i,s)||(n.uniform1iv(this.addr,s),wt(i,s));for(let a=0;a!==r;++a)t.setTexture2DArray(e[a]||fg,s[a])}function E1(n){switch(n){case 5126:return o1;case 35664:return l1;case 35665:return c1;case 35666:return h1;case 35674:return u1;case 35675:return f1;case 35676:return d1;case 5124:case 35670:return p1;case 35667:case 35671:return m1;case 35668:case 35672:return g1;case 35669:case 35673:return b1;case 5125:return x1;case 36294:return y1;case 36295:return _1;case 36296:return v1;case 35678:case 36198:case 36298:case 36306:case 35682:return M1;case 35679:case 36299:case 36307:return S1;case 35680:case 36300:case 36308:case 36293:return w1;case 36289:case 36303:case 36311:case 36292:return A1}}var Ou=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.setValue=a1(t.type)}},Bu=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=E1(t.type)}},ku=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,i){let r=this.seq;for(let s=0,a=r.length;s!==a;++s){let o=r[s];o.setValue(e,t[o.id],i)}}},Fu=/(\w+)(\])?(\[|\.)?/g;function qm(n,e){n.seq.push(e),n.map[e.id]=e}function T1(n,e,t){let i=n.name,r=i.length;for(Fu.lastIndex=0;;){let s=Fu.exec(i),a=Fu.lastIndex,o=s[1],l=s[2]==="]",c=s[3];if(l&&(o=o|0),c===void 0||c==="["&&a+2===r){qm(t,c===void 0?new Ou(o,n,e):new Bu(o,n,e));break}else{let f=t.map[o];f===void 0&&(f=new ku(o),qm(t,f)),t=f}}}var hs=class{constructor(e,t){this.seq=[],this.map={};let i=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let a=0;a<i;++a){let o=e.getActiveUniform(t,a),l=e.getUniformLocation(t,o.name);T1(o,l,this)}let r=[],s=[];for(let a of this.seq)a.type===e.SAMPLER_2D_SHADOW||a.type===e.SAMPLER_CUBE_SHADOW||a.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(a):s.push(a);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,i,r){let s=this.map[t];s!==void 0&&s.setValue(e,i,r)}setOptional(e,t,i){let r=t[i];r!==void 0&&this.setValue(e,i,r)}static upload(e,t,i,r){for(let s=0,a=t.length;s!==a;++s){let o=t[s],l=i[o.id];l.needsUpdate!==!1&&o.setValue(e,l.value,r)}}static seqWithValue(e,t){let i=[];for(let r=0,s=e.length;r!==s;++r){let a=e[r];a.id in t&&i.push(a)}return i}};function Ym(n,e,t){let i=n.createShader(e);return n.shaderSource(i,t),n.compileShader(i),i}var C1=37297,R1=0;function P1(n,e){let t=n.split(`
`),i=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let a=r;a<s;a++){let o=a+1;i.push(`${o===e?">":" "} ${o}: ${t[a]}`)}return i.join(`
`)}var Zm=new De;function I1(n){Ye._getMatrix(Zm,Ye.workingColorSpace,n);let e=`mat3( ${Zm.elements.map(t=>t.toFixed(4))} )`;switch(Ye.getTransfer(n)){case $s:return[e,"LinearTransferOETF"];case Qe:return[e,"sRGBTransferOETF"];default:return Pe("WebGLProgram: Unsupported color space: ",n),[e,"LinearTransferOETF"]}}function Km(n,e,t){let i=n.getShaderParameter(e,n.COMPILE_STATUS),s=(n.getShaderInfoLog(e)||"").trim();if(i&&s==="")return"";let a=/ERROR: 0:(\d+)/.exec(s);if(a){let o=parseInt(a[1]);return t.toUpperCase()+`

`+s+`

`+P1(n.getShaderSource(e),o)}else return s}function L1(n,e){let t=I1(e);return[`vec4 ${n}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var N1={[nu]:"Linear",[iu]:"Reinhard",[ru]:"Cineon",[su]:"ACESFilmic",[ou]:"AgX",[lu]:"Neutral",[au]:"Custom"};function D1(n,e){let t=N1[e];return t===void 0?(Pe("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+n+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+n+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var pc=new B;function F1(){Ye.getLuminanceCoefficients(pc);let n=pc.x.toFixed(4),e=pc.y.toFixed(4),t=pc.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${n}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function U1(n){return[n.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",n.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(Aa).join(`
`)}function O1(n){let e=[];for(let t in n){let i=n[t];i!==!1&&e.push("#define "+t+" "+i)}return e.join(`
`)}function B1(n,e){let t={},i=n.getProgramParameter(e,n.ACTIVE_ATTRIBUTES);for(let r=0;r<i;r++){let s=n.getActiveAttrib(e,r),a=s.name,o=1;s.type===n.FLOAT_MAT2&&(o=2),s.type===n.FLOAT_MAT3&&(o=3),s.type===n.FLOAT_MAT4&&(o=4),t[a]={type:s.type,location:n.getAttribLocation(e,a),locationSize:o}}return t}function Aa(n){return n!==""}function Jm(n,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return n.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function jm(n,e){return n.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var k1=/^[ \t]*#include +<([\w\d./]+)>/gm;function zu(n){return n.replace(k1,z1)}function z1(n,e){let t=Ve[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return zu(t)}var V1=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function Qm(n){return n.replace(V1,G1)}function G1(n,e,t,i){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=i.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function eg(n){let e=`precision ${n.precision} float;
	precision ${n.precision} int;
	precision ${n.precision} sampler2D;
	precision ${n.precision} samplerCube;
	precision ${n.precision} sampler3D;
	precision ${n.precision} sampler2DArray;
	precision ${n.precision} sampler2DShadow;
	precision ${n.precision} samplerCubeShadow;
	precision ${n.precision} sampler2DArrayShadow;
	precision ${n.precision} isampler2D;
	precision ${n.precision} isampler3D;
	precision ${n.precision} isamplerCube;
	precision ${n.precision} isampler2DArray;
	precision ${n.precision} usampler2D;
	precision ${n.precision} usampler3D;
	precision ${n.precision} usamplerCube;
	precision ${n.precision} usampler2DArray;
	`;return n.precision==="highp"?e+=`
#define HIGH_PRECISION`:n.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:n.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}var H1={[ga]:"SHADOWMAP_TYPE_PCF",[as]:"SHADOWMAP_TYPE_VSM"};function W1(n){return H1[n.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var X1={[ls]:"ENVMAP_MODE_REFRACTION"};function $1(n){return n.envMap===!1?"ENVMAP_MODE_REFLECTION":X1[n.envMapMode]||"ENVMAP_MODE_REFLECTION"}var q1={[wl]:"ENVMAP_BLENDING_MULTIPLY",[xm]:"ENVMAP_BLENDING_MIX",[ym]:"ENVMAP_BLENDING_ADD"};function Y1(n){return n.envMap===!1?"ENVMAP_BLENDING_NONE":q1[n.combine]||"ENVMAP_BLENDING_NONE"}function Z1(n,e,t,i){let r=n.getContext(),s=t.defines,a=t.vertexShader,o=t.fragmentShader,l=W1(t),c=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",h=$1(t),f=Y1(t),u=U1(t),d=O1(s),p=r.createProgram(),b,g,m=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(b=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(Aa).join(`
`),b.length>0&&(b+=`
`),g=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(Aa).join(`
`),g.length>0&&(g+=`
`)):(b=[eg(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+h:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(Aa).join(`
`),g=[eg(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+c:"",t.envMap?"#define "+h:"",t.envMap?"#define "+f:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Bn?"#define TONE_MAPPING":"",t.toneMapping!==Bn?Ve.tonemapping_pars_fragment:"",t.toneMapping!==Bn?D1("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",Ve.colorspace_pars_fragment,L1("linearToOutputTexel",t.outputColorSpace),F1(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(Aa).join(`
`)),a=zu(a),a=Jm(a,t),a=jm(a,t),o=zu(o),o=Jm(o,t),o=jm(o,t),a=Qm(a),o=Qm(o),t.isRawShaderMaterial!==!0&&(m=`#version 300 es
`,b=[u,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+b,g=["#define varying in",t.glslVersion===_u?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===_u?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+g);let _=m+b+a,A=m+g+o,M=Ym(r,r.VERTEX_SHADER,_),E=Ym(r,r.FRAGMENT_SHADER,A);r.attachShader(p,M),r.attachShader(p,E),t.index0AttributeName!==void 0?r.bindAttribLocation(p,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(p,0,"position"),r.linkProgram(p);function w(C){if(n.debug.checkShaderErrors){let P=r.getProgramInfoLog(p)||"",L=r.getShaderInfoLog(M)||"",k=r.getShaderInfoLog(E)||"",R=P.trim(),F=L.trim(),W=k.trim(),z=!0,Q=!0;if(r.getProgramParameter(p,r.LINK_STATUS)===!1)if(z=!1,typeof n.debug.onShaderError=="function")n.debug.onShaderError(r,p,M,E);else{let $=Km(r,M,"vertex"),K=Km(r,E,"fragment");Le("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(p,r.VALIDATE_STATUS)+`

Material Name: `+C.name+`
Material Type: `+C.type+`

Program Info Log: `+R+`
`+$+`
`+K)}else R!==""?Pe("WebGLProgram: Program Info Log:",R):(F===""||W==="")&&(Q=!1);Q&&(C.diagnostics={runnable:z,programLog:R,vertexShader:{log:F,prefix:b},fragmentShader:{log:W,prefix:g}})}r.deleteShader(M),r.deleteShader(E),x=new hs(r,p),S=B1(r,p)}let x;this.getUniforms=function(){return x===void 0&&w(this),x};let S;this.getAttributes=function(){return S===void 0&&w(this),S};let N=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return N===!1&&(N=r.getProgramParameter(p,C1)),N},this.destroy=function(){i.releaseStatesOfProgram(this),r.deleteProgram(p),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=R1++,this.cacheKey=e,this.usedTimes=1,this.program=p,this.vertexShader=M,this.fragmentShader=E,this}var K1=0,Vu=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,i){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(i)===!1&&(r.add(i),i.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let i of t)i.usedTimes--,i.usedTimes===0&&this.shaderCache.delete(i.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,i=t.get(e);return i===void 0&&(i=new Set,t.set(e,i)),i}_getShaderStage(e){let t=this.shaderCache,i=t.get(e);return i===void 0&&(i=new Gu(e),t.set(e,i)),i}},Gu=class{constructor(e){this.id=K1++,this.code=e,this.usedTimes=0}};function J1(n){return n===Ai||n===Ma||n===Sa}function j1(n,e,t,i,r,s){let a=new Zr,o=new Vu,l=new Set,c=[],h=new Map,f=i.logarithmicDepthBuffer,u={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function d(x){return l.add(x),x===0?"uv":`uv${x}`}function p(x,S,N,C,P,L){let k=C.fog,R=P.geometry,F=x.isMeshStandardMaterial||x.isMeshLambertMaterial||x.isMeshPhongMaterial?C.environment:null,W=x.isMeshStandardMaterial||x.isMeshLambertMaterial&&!x.envMap||x.isMeshPhongMaterial&&!x.envMap,z=e.get(x.envMap||F,W),Q=u[x.type],$=i.precision;x.precision!==null&&($=i.getMaxPrecision(x.precision),$!==x.precision&&Pe("WebGLProgram.getParameters:",x.precision,"not supported, using",$,"instead."));let K=R.morphAttributes.position||R.morphAttributes.normal||R.morphAttributes.color,ee=K!==void 0?K.length:0,_e=0;R.morphAttributes.position!==void 0&&(_e=1),R.morphAttributes.normal!==void 0&&(_e=2),R.morphAttributes.color!==void 0&&(_e=3);let Ne,U,ne,ae;if(Q){let ge=zn[Q];Ne=ge.vertexShader,U=ge.fragmentShader}else{Ne=x.vertexShader,U=x.fragmentShader;let ge=o.getVertexShaderStage(x),tt=o.getFragmentShaderStage(x);o.update(x,ge,tt),ne=ge.id,ae=tt.id}let ye=n.getRenderTarget(),oe=n.state.buffers.depth.getReversed(),Ee=P.isInstancedMesh===!0,nt=P.isBatchedMesh===!0,Re=!!x.map,et=!!x.matcap,it=!!z,He=it&&z.isPMREMTexture===!0,Lt=!!x.aoMap,yt=!!x.lightMap,Yt=!!x.bumpMap&&x.wireframe===!1,ut=!!x.normalMap,In=!!x.displacementMap,Et=!!x.emissiveMap,ln=!!x.metalnessMap,cn=!!x.roughnessMap,hn=x.anisotropy>0,O=x.clearcoat>0,un=x.diffuseRoughness>0,lt=x.dispersion>0,ct=x.retroreflectivity>0,me=x.iridescence>0,_t=x.sheen>0,Ie=x.transmission>0,Fe=hn&&!!x.anisotropyMap,T=O&&!!x.clearcoatMap,y=O&&!!x.clearcoatNormalMap,G=O&&!!x.clearcoatRoughnessMap,te=un&&!!x.diffuseRoughnessMap,j=me&&!!x.iridescenceMap,le=me&&!!x.iridescenceThicknessMap,de=_t&&!!x.sheenColorMap,Y=_t&&!!x.sheenRoughnessMap,Z=!!x.specularMap,he=!!x.specularColorMap,I=!!x.specularIntensityMap,J=Ie&&!!x.transmissionMap,q=Ie&&!!x.thicknessMap,ue=!!x.gradientMap,se=!!x.alphaMap,ce=x.alphaTest>0,Ae=!!x.alphaHash,ze=!!x.extensions,re=Bn;x.toneMapped&&(ye===null||ye.isXRRenderTarget===!0)&&(re=n.toneMapping);let Ce=He?z.isCompressedCubeTexture?z.image[0].mipmaps:z.mipmaps:null,ke={shaderID:Q,shaderType:x.type,shaderName:x.name,vertexShader:Ne,fragmentShader:U,defines:x.defines,customVertexShaderID:ne,customFragmentShaderID:ae,isRawShaderMaterial:x.isRawShaderMaterial===!0,glslVersion:x.glslVersion,precision:$,batching:nt,batchingColor:nt&&P._colorsTexture!==null,instancing:Ee,instancingColor:Ee&&P.instanceColor!==null,instancingMorph:Ee&&P.morphTexture!==null,outputColorSpace:ye===null?n.outputColorSpace:ye.isXRRenderTarget===!0?ye.texture.colorSpace:Ye.workingColorSpace,alphaToCoverage:!!x.alphaToCoverage,map:Re,matcap:et,envMap:it,envMapMode:it&&z.mapping,envMapPMREM:He,envMapMaxLod:He?Ce.length-1:null,envMapSize:He?Ce[0].width:null,aoMap:Lt,lightMap:yt,bumpMap:Yt,normalMap:ut,displacementMap:In,emissiveMap:Et,normalMapObjectSpace:ut&&x.normalMapType===Mm,normalMapTangentSpace:ut&&x.normalMapType===uc,packedNormalMap:ut&&x.normalMapType===uc&&J1(x.normalMap.format),metalnessMap:ln,roughnessMap:cn,anisotropy:hn,anisotropyMap:Fe,clearcoat:O,clearcoatMap:T,clearcoatNormalMap:y,clearcoatRoughnessMap:G,diffuseRoughness:un,diffuseRoughnessMap:te,dispersion:lt,retroreflection:ct,iridescence:me,iridescenceMap:j,iridescenceThicknessMap:le,sheen:_t,sheenColorMap:de,sheenRoughnessMap:Y,specularMap:Z,specularColorMap:he,specularIntensityMap:I,transmission:Ie,transmissionMap:J,thicknessMap:q,gradientMap:ue,opaque:x.transparent===!1&&x.blending===os&&x.alphaToCoverage===!1,alphaMap:se,alphaTest:ce,alphaHash:Ae,combine:x.combine,mapUv:Re&&d(x.map.channel),aoMapUv:Lt&&d(x.aoMap.channel),lightMapUv:yt&&d(x.lightMap.channel),bumpMapUv:Yt&&d(x.bumpMap.channel),normalMapUv:ut&&d(x.normalMap.channel),displacementMapUv:In&&d(x.displacementMap.channel),emissiveMapUv:Et&&d(x.emissiveMap.channel),metalnessMapUv:ln&&d(x.metalnessMap.channel),roughnessMapUv:cn&&d(x.roughnessMap.channel),anisotropyMapUv:Fe&&d(x.anisotropyMap.channel),clearcoatMapUv:T&&d(x.clearcoatMap.channel),clearcoatNormalMapUv:y&&d(x.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:G&&d(x.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:te&&d(x.diffuseRoughnessMap.channel),iridescenceMapUv:j&&d(x.iridescenceMap.channel),iridescenceThicknessMapUv:le&&d(x.iridescenceThicknessMap.channel),sheenColorMapUv:de&&d(x.sheenColorMap.channel),sheenRoughnessMapUv:Y&&d(x.sheenRoughnessMap.channel),specularMapUv:Z&&d(x.specularMap.channel),specularColorMapUv:he&&d(x.specularColorMap.channel),specularIntensityMapUv:I&&d(x.specularIntensityMap.channel),transmissionMapUv:J&&d(x.transmissionMap.channel),thicknessMapUv:q&&d(x.thicknessMap.channel),alphaMapUv:se&&d(x.alphaMap.channel),vertexTangents:!!R.attributes.tangent&&(ut||hn),vertexNormals:!!R.attributes.normal,vertexColors:x.vertexColors,vertexAlphas:x.vertexColors===!0&&!!R.attributes.color&&R.attributes.color.itemSize===4,pointsUvs:P.isPoints===!0&&!!R.attributes.uv&&(Re||se),fog:!!k,useFog:x.fog===!0,fogExp2:!!k&&k.isFogExp2,flatShading:x.wireframe===!1&&(x.flatShading===!0||R.attributes.normal===void 0&&ut===!1&&(x.isMeshLambertMaterial||x.isMeshPhongMaterial||x.isMeshStandardMaterial||x.isMeshPhysicalMaterial)),sizeAttenuation:x.sizeAttenuation===!0,logarithmicDepthBuffer:f,reversedDepthBuffer:oe,skinning:P.isSkinnedMesh===!0,hasPositionAttribute:R.attributes.position!==void 0,morphTargets:R.morphAttributes.position!==void 0,morphNormals:R.morphAttributes.normal!==void 0,morphColors:R.morphAttributes.color!==void 0,morphTargetsCount:ee,morphTextureStride:_e,numSunLights:S.sun.length,numDirLights:S.directional.length,numPointLights:S.point.length,numSpotLights:S.spot.length,numSpotLightMaps:S.spotLightMap.length,numRectAreaLights:S.rectArea.length,numHemiLights:S.hemi.length,numSunLightShadows:S.sunShadowMap.length,numDirLightShadows:S.directionalShadowMap.length,numPointLightShadows:S.pointShadowMap.length,numSpotLightShadows:S.spotShadowMap.length,numSpotLightShadowsWithMaps:S.numSpotLightShadowsWithMaps,numLightProbes:S.numLightProbes,numLightProbeGrids:L.filter(ge=>ge.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:x.dithering,shadowMapEnabled:n.shadowMap.enabled&&N.length>0,shadowMapType:n.shadowMap.type,toneMapping:re,decodeVideoTexture:Re&&x.map.isVideoTexture===!0&&Ye.getTransfer(x.map.colorSpace)===Qe,decodeVideoTextureEmissive:Et&&x.emissiveMap.isVideoTexture===!0&&Ye.getTransfer(x.emissiveMap.colorSpace)===Qe,premultipliedAlpha:x.premultipliedAlpha,doubleSided:x.side===bn,flipSided:x.side===qt,useDepthPacking:x.depthPacking>=0,depthPacking:x.depthPacking||0,index0AttributeName:x.index0AttributeName,extensionClipCullDistance:ze&&x.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(ze&&x.extensions.multiDraw===!0||nt)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:x.customProgramCacheKey()};return ke.vertexUv1s=l.has(1),ke.vertexUv2s=l.has(2),ke.vertexUv3s=l.has(3),l.clear(),ke}function b(x){let S=[];if(x.shaderID?S.push(x.shaderID):(S.push(x.customVertexShaderID),S.push(x.customFragmentShaderID)),x.defines!==void 0)for(let N in x.defines)S.push(N),S.push(x.defines[N]);return x.isRawShaderMaterial===!1&&(g(S,x),m(S,x),S.push(n.outputColorSpace)),S.push(x.customProgramCacheKey),S.join()}function g(x,S){x.push(S.precision),x.push(S.outputColorSpace),x.push(S.envMapMode),x.push(S.envMapPMREM),x.push(S.envMapMaxLod),x.push(S.envMapSize),x.push(S.mapUv),x.push(S.alphaMapUv),x.push(S.lightMapUv),x.push(S.aoMapUv),x.push(S.bumpMapUv),x.push(S.normalMapUv),x.push(S.displacementMapUv),x.push(S.emissiveMapUv),x.push(S.metalnessMapUv),x.push(S.roughnessMapUv),x.push(S.anisotropyMapUv),x.push(S.clearcoatMapUv),x.push(S.clearcoatNormalMapUv),x.push(S.clearcoatRoughnessMapUv),x.push(S.diffuseRoughnessMapUv),x.push(S.iridescenceMapUv),x.push(S.iridescenceThicknessMapUv),x.push(S.sheenColorMapUv),x.push(S.sheenRoughnessMapUv),x.push(S.specularMapUv),x.push(S.specularColorMapUv),x.push(S.specularIntensityMapUv),x.push(S.transmissionMapUv),x.push(S.thicknessMapUv),x.push(S.combine),x.push(S.fogExp2),x.push(S.sizeAttenuation),x.push(S.morphTargetsCount),x.push(S.numSunLights),x.push(S.numDirLights),x.push(S.numPointLights),x.push(S.numSpotLights),x.push(S.numSpotLightMaps),x.push(S.numHemiLights),x.push(S.numRectAreaLights),x.push(S.numSunLightShadows),x.push(S.numDirLightShadows),x.push(S.numPointLightShadows),x.push(S.numSpotLightShadows),x.push(S.numSpotLightShadowsWithMaps),x.push(S.numLightProbes),x.push(S.numLightProbeGrids),x.push(S.shadowMapType),x.push(S.toneMapping),x.push(S.numClippingPlanes),x.push(S.numClipIntersection),x.push(S.depthPacking)}function m(x,S){a.disableAll(),S.instancing&&a.enable(0),S.instancingColor&&a.enable(1),S.instancingMorph&&a.enable(2),S.matcap&&a.enable(3),S.envMap&&a.enable(4),S.normalMapObjectSpace&&a.enable(5),S.normalMapTangentSpace&&a.enable(6),S.clearcoat&&a.enable(7),S.iridescence&&a.enable(8),S.alphaTest&&a.enable(9),S.vertexColors&&a.enable(10),S.vertexAlphas&&a.enable(11),S.vertexUv1s&&a.enable(12),S.vertexUv2s&&a.enable(13),S.vertexUv3s&&a.enable(14),S.vertexTangents&&a.enable(15),S.anisotropy&&a.enable(16),S.alphaHash&&a.enable(17),S.batching&&a.enable(18),S.dispersion&&a.enable(19),S.retroreflection&&a.enable(24),S.diffuseRoughness&&a.enable(25),S.batchingColor&&a.enable(20),S.gradientMap&&a.enable(21),S.packedNormalMap&&a.enable(22),S.vertexNormals&&a.enable(23),x.push(a.mask),a.disableAll(),S.fog&&a.enable(0),S.useFog&&a.enable(1),S.flatShading&&a.enable(2),S.logarithmicDepthBuffer&&a.enable(3),S.reversedDepthBuffer&&a.enable(4),S.skinning&&a.enable(5),S.morphTargets&&a.enable(6),S.morphNormals&&a.enable(7),S.morphColors&&a.enable(8),S.premultipliedAlpha&&a.enable(9),S.shadowMapEnabled&&a.enable(10),S.doubleSided&&a.enable(11),S.flipSided&&a.enable(12),S.useDepthPacking&&a.enable(13),S.dithering&&a.enable(14),S.transmission&&a.enable(15),S.sheen&&a.enable(16),S.opaque&&a.enable(17),S.pointsUvs&&a.enable(18),S.decodeVideoTexture&&a.enable(19),S.decodeVideoTextureEmissive&&a.enable(20),S.alphaToCoverage&&a.enable(21),S.numLightProbeGrids>0&&a.enable(22),S.hasPositionAttribute&&a.enable(23),x.push(a.mask)}function _(x){let S=u[x.type],N;if(S){let C=zn[S];N=Fm.clone(C.uniforms)}else N=x.uniforms;return N}function A(x,S){let N=h.get(S);return N!==void 0?++N.usedTimes:(N=new Z1(n,S,x,r),c.push(N),h.set(S,N)),N}function M(x){if(--x.usedTimes===0){let S=c.indexOf(x);c[S]=c[c.length-1],c.pop(),h.delete(x.cacheKey),x.destroy()}}function E(x){o.remove(x)}function w(){o.dispose()}return{getParameters:p,getProgramCacheKey:b,getUniforms:_,acquireProgram:A,releaseProgram:M,releaseShaderCache:E,programs:c,dispose:w}}function Q1(){let n=new WeakMap;function e(a){return n.has(a)}function t(a){let o=n.get(a);return o===void 0&&(o={},n.set(a,o)),o}function i(a){n.delete(a)}function r(a,o,l){n.get(a)[o]=l}function s(){n=new WeakMap}return{has:e,get:t,remove:i,update:r,dispose:s}}function eS(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.material.id!==e.material.id?n.material.id-e.material.id:n.materialVariant!==e.materialVariant?n.materialVariant-e.materialVariant:n.z!==e.z?n.z-e.z:n.id-e.id}function tg(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.z!==e.z?e.z-n.z:n.id-e.id}function ng(){let n=[],e=0,t=[],i=[],r=[];function s(){e=0,t.length=0,i.length=0,r.length=0}function a(u){let d=0;return u.isInstancedMesh&&(d+=2),u.isSkinnedMesh&&(d+=1),d}function o(u,d,p,b,g,m){let _=n[e];return _===void 0?(_={id:u.id,object:u,geometry:d,material:p,materialVariant:a(u),groupOrder:b,renderOrder:u.renderOrder,z:g,group:m},n[e]=_):(_.id=u.id,_.object=u,_.geometry=d,_.material=p,_.materialVariant=a(u),_.groupOrder=b,_.renderOrder=u.renderOrder,_.z=g,_.group=m),e++,_}function l(u,d,p,b,g,m,_){_.reversedDepth===!0&&(g=-g);let A=o(u,d,p,b,g,m);p.transmission>0?i.push(A):p.transparent===!0?r.push(A):t.push(A)}function c(u,d,p,b,g,m){let _=o(u,d,p,b,g,m);p.transmission>0?i.unshift(_):p.transparent===!0?r.unshift(_):t.unshift(_)}function h(u,d){t.length>1&&t.sort(u||eS),i.length>1&&i.sort(d||tg),r.length>1&&r.sort(d||tg)}function f(){for(let u=e,d=n.length;u<d;u++){let p=n[u];if(p.id===null)break;p.id=null,p.object=null,p.geometry=null,p.material=null,p.group=null}}return{opaque:t,transmissive:i,transparent:r,init:s,push:l,unshift:c,finish:f,sort:h}}function tS(){let n=new WeakMap;function e(i,r){let s=n.get(i),a;return s===void 0?(a=new ng,n.set(i,[a])):r>=s.length?(a=new ng,s.push(a)):a=s[r],a}function t(){n=new WeakMap}return{get:e,dispose:t}}function nS(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new B,color:new Oe};break;case"SpotLight":t={position:new B,direction:new B,color:new Oe,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new B,color:new Oe,distance:0,decay:0};break;case"HemisphereLight":t={direction:new B,skyColor:new Oe,groundColor:new Oe};break;case"RectAreaLight":t={color:new Oe,position:new B,halfWidth:new B,halfHeight:new B};break}return n[e.id]=t,t}}}function iS(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Te};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Te};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Te,shadowCameraNear:1,shadowCameraFar:1e3};break}return n[e.id]=t,t}}}var rS=0;function sS(n,e){return(e.castShadow?2:0)-(n.castShadow?2:0)+(e.map?1:0)-(n.map?1:0)}function aS(n){let e=new nS,t=iS(),i={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)i.probe.push(new B);let r=new B,s=new Ke,a=new Ke;function o(c){let h=0,f=0,u=0;for(let L=0;L<9;L++)i.probe[L].set(0,0,0);let d=0,p=0,b=0,g=0,m=0,_=0,A=0,M=0,E=0,w=0,x=0,S=0,N=0,C=0;c.sort(sS);for(let L=0,k=c.length;L<k;L++){let R=c[L],F=R.color,W=R.intensity,z=R.distance,Q=null;if(R.shadow&&R.shadow.map&&(R.shadow.map.texture.format===Ai?Q=R.shadow.map.texture:Q=R.shadow.map.depthTexture||R.shadow.map.texture),R.isAmbientLight)h+=F.r*W,f+=F.g*W,u+=F.b*W;else if(R.isLightProbe){for(let $=0;$<9;$++)i.probe[$].addScaledVector(R.sh.coefficients[$],W);C++}else if(R.isSunLight){let $=e.get(R);if($.color.copy(R.color).multiplyScalar(R.intensity),R.castShadow){let K=R.shadow,ee=t.get(R);ee.shadowIntensity=K.intensity,ee.shadowBias=K.bias,ee.shadowNormalBias=K.normalBias,ee.shadowRadius=K.radius,ee.shadowMapSize.copy(K.mapSize).multiply(K.getFrameExtents()),i.sunShadow[p]=ee,i.sunShadowMap[p]=Q;let _e=K.getViewportCount();for(let Ne=0;Ne<_e;Ne++)i.sunShadowMatrix[b+Ne]=K.getMatrix(Ne),i.sunShadowCascade[b+Ne]=K._cascadeData[Ne];b+=_e,p++}i.sun[d]=$,d++}else if(R.isDirectionalLight){let $=e.get(R);if($.color.copy(R.color).multiplyScalar(R.intensity),R.castShadow){let K=R.shadow,ee=t.get(R);ee.shadowIntensity=K.intensity,ee.shadowBias=K.bias,ee.shadowNormalBias=K.normalBias,ee.shadowRadius=K.radius,ee.shadowMapSize=K.mapSize,i.directionalShadow[g]=ee,i.directionalShadowMap[g]=Q,i.directionalShadowMatrix[g]=R.shadow.matrix,E++}i.directional[g]=$,g++}else if(R.isSpotLight){let $=e.get(R);$.position.setFromMatrixPosition(R.matrixWorld),$.color.copy(F).multiplyScalar(W),$.distance=z,$.coneCos=Math.cos(R.angle),$.penumbraCos=Math.cos(R.angle*(1-R.penumbra)),$.decay=R.decay,i.spot[_]=$;let K=R.shadow;if(R.map&&(i.spotLightMap[S]=R.map,S++,K.updateMatrices(R),R.castShadow&&N++),i.spotLightMatrix[_]=K.matrix,R.castShadow){let ee=t.get(R);ee.shadowIntensity=K.intensity,ee.shadowBias=K.bias,ee.shadowNormalBias=K.normalBias,ee.shadowRadius=K.radius,ee.shadowMapSize=K.mapSize,i.spotShadow[_]=ee,i.spotShadowMap[_]=Q,x++}_++}else if(R.isRectAreaLight){let $=e.get(R);$.color.copy(F).multiplyScalar(W),$.halfWidth.set(R.width*.5,0,0),$.halfHeight.set(0,R.height*.5,0),i.rectArea[A]=$,A++}else if(R.isPointLight){let $=e.get(R);if($.color.copy(R.color).multiplyScalar(R.intensity),$.distance=R.distance,$.decay=R.decay,R.castShadow){let K=R.shadow,ee=t.get(R);ee.shadowIntensity=K.intensity,ee.shadowBias=K.bias,ee.shadowNormalBias=K.normalBias,ee.shadowRadius=K.radius,ee.shadowMapSize=K.mapSize,ee.shadowCameraNear=K.camera.near,ee.shadowCameraFar=K.camera.far,i.pointShadow[m]=ee,i.pointShadowMap[m]=Q,i.pointShadowMatrix[m]=R.shadow.matrix,w++}i.point[m]=$,m++}else if(R.isHemisphereLight){let $=e.get(R);$.skyColor.copy(R.color).multiplyScalar(W),$.groundColor.copy(R.groundColor).multiplyScalar(W),i.hemi[M]=$,M++}}A>0&&(n.has("OES_texture_float_linear")===!0?(i.rectAreaLTC1=be.LTC_FLOAT_1,i.rectAreaLTC2=be.LTC_FLOAT_2):(i.rectAreaLTC1=be.LTC_HALF_1,i.rectAreaLTC2=be.LTC_HALF_2)),i.ambient[0]=h,i.ambient[1]=f,i.ambient[2]=u;let P=i.hash;(P.sunLength!==d||P.directionalLength!==g||P.pointLength!==m||P.spotLength!==_||P.rectAreaLength!==A||P.hemiLength!==M||P.numSunShadows!==p||P.numDirectionalShadows!==E||P.numPointShadows!==w||P.numSpotShadows!==x||P.numSpotMaps!==S||P.numLightProbes!==C)&&(i.sun.length=d,i.directional.length=g,i.spot.length=_,i.rectArea.length=A,i.point.length=m,i.hemi.length=M,i.sunShadow.length=p,i.sunShadowMap.length=p,i.sunShadowMatrix.length=b,i.sunShadowCascade.length=b,i.directionalShadow.length=E,i.directionalShadowMap.length=E,i.directionalShadowMatrix.length=E,i.pointShadow.length=w,i.pointShadowMap.length=w,i.pointShadowMatrix.length=w,i.spotShadow.length=x,i.spotShadowMap.length=x,i.spotLightMatrix.length=x+S-N,i.spotLightMap.length=S,i.numSpotLightShadowsWithMaps=N,i.numLightProbes=C,P.sunLength=d,P.directionalLength=g,P.pointLength=m,P.spotLength=_,P.rectAreaLength=A,P.hemiLength=M,P.numSunShadows=p,P.numDirectionalShadows=E,P.numPointShadows=w,P.numSpotShadows=x,P.numSpotMaps=S,P.numLightProbes=C,i.version=rS++)}function l(c,h){let f=0,u=0,d=0,p=0,b=0,g=0,m=h.matrixWorldInverse;for(let _=0,A=c.length;_<A;_++){let M=c[_];if(M.isSunLight){let E=i.sun[f];E.direction.setFromMatrixPosition(M.matrixWorld),E.direction.transformDirection(m),f++}else if(M.isDirectionalLight){let E=i.directional[u];E.direction.setFromMatrixPosition(M.matrixWorld),r.setFromMatrixPosition(M.target.matrixWorld),E.direction.sub(r),E.direction.transformDirection(m),u++}else if(M.isSpotLight){let E=i.spot[p];E.position.setFromMatrixPosition(M.matrixWorld),E.position.applyMatrix4(m),E.direction.setFromMatrixPosition(M.matrixWorld),r.setFromMatrixPosition(M.target.matrixWorld),E.direction.sub(r),E.direction.transformDirection(m),p++}else if(M.isRectAreaLight){let E=i.rectArea[b];E.position.setFromMatrixPosition(M.matrixWorld),E.position.applyMatrix4(m),a.identity(),s.copy(M.matrixWorld),s.premultiply(m),a.extractRotation(s),E.halfWidth.set(M.width*.5,0,0),E.halfHeight.set(0,M.height*.5,0),E.halfWidth.applyMatrix4(a),E.halfHeight.applyMatrix4(a),b++}else if(M.isPointLight){let E=i.point[d];E.position.setFromMatrixPosition(M.matrixWorld),E.position.applyMatrix4(m),d++}else if(M.isHemisphereLight){let E=i.hemi[g];E.direction.setFromMatrixPosition(M.matrixWorld),E.direction.transformDirection(m),g++}}}return{setup:o,setupView:l,state:i}}function ig(n){let e=new aS(n),t=[],i=[],r=[];function s(f){h.camera=f,t.length=0,i.length=0,r.length=0}function a(f){f.isLightProbeGrid?r.push(f):t.push(f)}function o(f){i.push(f)}function l(){e.setup(t),r.sort((f,u)=>f.priority-u.priority||f.id-u.id)}function c(f){e.setupView(t,f)}let h={lightsArray:t,shadowsArray:i,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:h,setupLights:l,setupLightsView:c,pushLight:a,pushShadow:o}}function oS(n){let e=new WeakMap;function t(r,s=0){let a=e.get(r),o;return a===void 0?(o=new ig(n),e.set(r,[o])):s>=a.length?(o=new ig(n),a.push(o)):o=a[s],o}function i(){e=new WeakMap}return{get:t,dispose:i}}var lS=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,cS=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,hS=[new B(1,0,0),new B(-1,0,0),new B(0,1,0),new B(0,-1,0),new B(0,0,1),new B(0,0,-1)],uS=[new B(0,-1,0),new B(0,-1,0),new B(0,0,1),new B(0,0,-1),new B(0,-1,0),new B(0,-1,0)],rg=new Ke,wa=new B,Uu=new B;function fS(n,e,t){let i=new bi,r=new Te,s=new Te,a=new ht,o=new cl,l=new hl,c={},h=t.maxTextureSize,f={[wi]:qt,[qt]:wi,[bn]:bn},u=new On({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Te},radius:{value:4}},vertexShader:lS,fragmentShader:cS}),d=u.clone();d.defines.HORIZONTAL_PASS=1;let p=new xt;p.setAttribute("position",new bt(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let b=new $t(p,u),g=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=ga;let m=this.type;this.render=function(w,x,S){if(g.enabled===!1||g.autoUpdate===!1&&g.needsUpdate===!1||w.length===0)return;this.type===Qp&&(Pe("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=ga);let N=n.getRenderTarget(),C=n.getActiveCubeFace(),P=n.getActiveMipmapLevel(),L=n.state;L.setBlending(Yi),L.buffers.depth.getReversed()===!0?L.buffers.color.setClear(0,0,0,0):L.buffers.color.setClear(1,1,1,1),L.buffers.depth.setTest(!0),L.setScissorTest(!1);let k=m!==this.type;k&&x.traverse(function(R){R.material&&(Array.isArray(R.material)?R.material.forEach(F=>F.needsUpdate=!0):R.material.needsUpdate=!0)});for(let R=0,F=w.length;R<F;R++){let W=w[R],z=W.shadow;if(z===void 0){Pe("WebGLShadowMap:",W,"has no shadow.");continue}if(z.autoUpdate===!1&&z.needsUpdate===!1)continue;r.copy(z.mapSize);let Q=z.getFrameExtents();r.multiply(Q),s.copy(z.mapSize),(r.x>h||r.y>h)&&(r.x>h&&(s.x=Math.floor(h/Q.x),r.x=s.x*Q.x,z.mapSize.x=s.x),r.y>h&&(s.y=Math.floor(h/Q.y),r.y=s.y*Q.y,z.mapSize.y=s.y));let $=n.state.buffers.depth.getReversed();if(z.camera._reversedDepth=$,z.map===null||k===!0){if(z.map!==null&&(z.map.depthTexture!==null&&(z.map.depthTexture.dispose(),z.map.depthTexture=null),z.map.dispose()),this.type===as){if(W.isPointLight){Pe("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}z.map=new an(r.x,r.y,{format:Ai,type:Rn,minFilter:Wt,magFilter:Wt,generateMipmaps:!1}),z.map.texture.name=W.name+".shadowMap",z.map.depthTexture=new ti(r.x,r.y,xn),z.map.depthTexture.name=W.name+".shadowMapDepth",z.map.depthTexture.format=jn,z.map.depthTexture.compareFunction=null,z.map.depthTexture.minFilter=It,z.map.depthTexture.magFilter=It}else W.isPointLight?(z.map=new Ea(r.x),z.map.depthTexture=new ra(r.x,Cn)):(z.map=new an(r.x,r.y),z.map.depthTexture=new ti(r.x,r.y,Cn)),z.map.depthTexture.name=W.name+".shadowMap",z.map.depthTexture.format=jn,this.type===ga?(z.map.depthTexture.compareFunction=$?bu:gu,z.map.depthTexture.minFilter=Wt,z.map.depthTexture.magFilter=Wt):(z.map.depthTexture.compareFunction=null,z.map.depthTexture.minFilter=It,z.map.depthTexture.magFilter=It);z.camera.updateProjectionMatrix()}z.map.isWebGLCubeRenderTarget!==!0&&(z.map.width!==r.x||z.map.height!==r.y)&&z.map.setSize(r.x,r.y);let K=z.map.isWebGLCubeRenderTarget?6:z.getViewportCount();W.isPointLight!==!0&&z.updateMatrices(W,S);let ee=(z.camera.layers.mask&4294967294)!==0?z.camera.layers:S.layers;for(let _e=0;_e<K;_e++){let Ne=z.getCamera(_e);if(W.isPointLight){let U=z.camera,ne=z.matrix,ae=W.distance||U.far;ae!==U.far&&(U.far=ae,U.updateProjectionMatrix()),wa.setFromMatrixPosition(W.matrixWorld),U.position.copy(wa),Uu.copy(U.position),Uu.add(hS[_e]),U.up.copy(uS[_e]),U.lookAt(Uu),U.updateMatrixWorld(),ne.makeTranslation(-wa.x,-wa.y,-wa.z),rg.multiplyMatrices(U.projectionMatrix,U.matrixWorldInverse),z._frustum.setFromProjectionMatrix(rg,U.coordinateSystem,U.reversedDepth)}if(z.map.isWebGLCubeRenderTarget)n.setRenderTarget(z.map,_e),n.clear();else{_e===0&&(n.setRenderTarget(z.map),n.clear());let U=z.getViewport(_e);a.set(s.x*U.x,s.y*U.y,s.x*U.z,s.y*U.w),L.viewport(a)}i=z.getFrustum(_e),M(x,S,Ne,W,ee,this.type)}z.isPointLightShadow!==!0&&this.type===as&&_(z,S),z.needsUpdate=!1}m=this.type,g.needsUpdate=!1,n.setRenderTarget(N,C,P)};function _(w,x){let S=e.update(b);u.defines.VSM_SAMPLES!==w.blurSamples&&(u.defines.VSM_SAMPLES=w.blurSamples,d.defines.VSM_SAMPLES=w.blurSamples,u.needsUpdate=!0,d.needsUpdate=!0),w.mapPass===null?w.mapPass=new an(r.x,r.y,{format:Ai,type:Rn}):(w.mapPass.width!==w.map.width||w.mapPass.height!==w.map.height)&&w.mapPass.setSize(w.map.width,w.map.height),u.uniforms.shadow_pass.value=w.map.depthTexture,u.uniforms.resolution.value.set(w.map.width,w.map.height),u.uniforms.radius.value=w.radius,n.setRenderTarget(w.mapPass),n.clear(),n.renderBufferDirect(x,null,S,u,b,null),d.uniforms.shadow_pass.value=w.mapPass.texture,d.uniforms.resolution.value.set(w.map.width,w.map.height),d.uniforms.radius.value=w.radius,n.setRenderTarget(w.map),n.clear(),n.renderBufferDirect(x,null,S,d,b,null)}function A(w,x,S,N){let C=null,P=S.isPointLight===!0?w.customDistanceMaterial:w.customDepthMaterial;if(P!==void 0)C=P;else if(C=S.isPointLight===!0?l:o,n.localClippingEnabled&&x.clipShadows===!0&&Array.isArray(x.clippingPlanes)&&x.clippingPlanes.length!==0||x.displacementMap&&x.displacementScale!==0||x.alphaMap&&x.alphaTest>0||x.map&&x.alphaTest>0||x.alphaToCoverage===!0){let L=C.uuid,k=x.uuid,R=c[L];R===void 0&&(R={},c[L]=R);let F=R[k];F===void 0&&(F=C.clone(),R[k]=F,x.addEventListener("dispose",E)),C=F}if(C.visible=x.visible,C.wireframe=x.wireframe,N===as?C.side=x.shadowSide!==null?x.shadowSide:x.side:C.side=x.shadowSide!==null?x.shadowSide:f[x.side],C.alphaMap=x.alphaMap,C.alphaTest=x.alphaToCoverage===!0?.5:x.alphaTest,C.map=x.map,C.clipShadows=x.clipShadows,C.clippingPlanes=x.clippingPlanes,C.clipIntersection=x.clipIntersection,C.displacementMap=x.displacementMap,C.displacementScale=x.displacementScale,C.displacementBias=x.displacementBias,C.wireframeLinewidth=x.wireframeLinewidth,C.linewidth=x.linewidth,S.isPointLight===!0&&C.isMeshDistanceMaterial===!0){let L=n.properties.get(C);L.light=S}return C}function M(w,x,S,N,C,P){if(w.visible===!1)return;if(w.layers.test(C)&&(w.isMesh||w.isLine||w.isPoints)&&(w.castShadow||w.receiveShadow&&P===as)&&(!w.frustumCulled||w.intersectsFrustum(i))){w.modelViewMatrix.multiplyMatrices(S.matrixWorldInverse,w.matrixWorld);let R=e.update(w),F=w.material;if(Array.isArray(F)){let W=R.groups;for(let z=0,Q=W.length;z<Q;z++){let $=W[z],K=F[$.materialIndex];if(K&&K.visible){let ee=A(w,K,N,P);w.onBeforeShadow(n,w,x,S,R,ee,$),n.renderBufferDirect(S,null,R,ee,w,$),w.onAfterShadow(n,w,x,S,R,ee,$)}}}else if(F.visible){let W=A(w,F,N,P);w.onBeforeShadow(n,w,x,S,R,W,null),n.renderBufferDirect(S,null,R,W,w,null),w.onAfterShadow(n,w,x,S,R,W,null)}}let k=w.children;for(let R=0,F=k.length;R<F;R++)M(k[R],x,S,N,C,P)}function E(w){w.target.removeEventListener("dispose",E);for(let S in c){let N=c[S],C=w.target.uuid;C in N&&(N[C].dispose(),delete N[C])}}}function dS(n,e){function t(){let I=!1,J=new ht,q=null,ue=new ht(0,0,0,0);return{setMask:function(se){q!==se&&!I&&(n.colorMask(se,se,se,se),q=se)},setLocked:function(se){I=se},setClear:function(se,ce,Ae,ze,re){re===!0&&(se*=ze,ce*=ze,Ae*=ze),J.set(se,ce,Ae,ze),ue.equals(J)===!1&&(n.clearColor(se,ce,Ae,ze),ue.copy(J))},reset:function(){I=!1,q=null,ue.set(-1,0,0,0)}}}function i(){let I=!1,J=!1,q=null,ue=null,se=null;return{setReversed:function(ce){if(J!==ce){let Ae=e.get("EXT_clip_control");ce?Ae.clipControlEXT(Ae.LOWER_LEFT_EXT,Ae.ZERO_TO_ONE_EXT):Ae.clipControlEXT(Ae.LOWER_LEFT_EXT,Ae.NEGATIVE_ONE_TO_ONE_EXT),J=ce;let ze=se;se=null,this.setClear(ze)}},getReversed:function(){return J},setTest:function(ce){ce?oe(n.DEPTH_TEST):Ee(n.DEPTH_TEST)},setMask:function(ce){q!==ce&&!I&&(n.depthMask(ce),q=ce)},setFunc:function(ce){if(J&&(ce=Lm[ce]),ue!==ce){switch(ce){case Xo:n.depthFunc(n.NEVER);break;case $o:n.depthFunc(n.ALWAYS);break;case qo:n.depthFunc(n.LESS);break;case Wr:n.depthFunc(n.LEQUAL);break;case Yo:n.depthFunc(n.EQUAL);break;case Zo:n.depthFunc(n.GEQUAL);break;case Ko:n.depthFunc(n.GREATER);break;case Jo:n.depthFunc(n.NOTEQUAL);break;default:n.depthFunc(n.LEQUAL)}ue=ce}},setLocked:function(ce){I=ce},setClear:function(ce){se!==ce&&(se=ce,J&&(ce=1-ce),n.clearDepth(ce))},reset:function(){I=!1,q=null,ue=null,se=null,J=!1}}}function r(){let I=!1,J=null,q=null,ue=null,se=null,ce=null,Ae=null,ze=null,re=null;return{setTest:function(Ce){I||(Ce?oe(n.STENCIL_TEST):Ee(n.STENCIL_TEST))},setMask:function(Ce){J!==Ce&&!I&&(n.stencilMask(Ce),J=Ce)},setFunc:function(Ce,ke,ge){(q!==Ce||ue!==ke||se!==ge)&&(n.stencilFunc(Ce,ke,ge),q=Ce,ue=ke,se=ge)},setOp:function(Ce,ke,ge){(ce!==Ce||Ae!==ke||ze!==ge)&&(n.stencilOp(Ce,ke,ge),ce=Ce,Ae=ke,ze=ge)},setLocked:function(Ce){I=Ce},setClear:function(Ce){re!==Ce&&(n.clearStencil(Ce),re=Ce)},reset:function(){I=!1,J=null,q=null,ue=null,se=null,ce=null,Ae=null,ze=null,re=null}}}let s=new t,a=new i,o=new r,l={},c=new WeakMap,h={},f={},u={},d=new WeakMap,p=[],b=null,g=!1,m=null,_=null,A=null,M=null,E=null,w=null,x=null,S=new Oe(0,0,0),N=0,C=!1,P=null,L=null,k=null,R=null,F=null,W=n.getParameter(n.MAX_COMBINED_TEXTURE_IMAGE_UNITS),z=!1,Q=0,$=n.getParameter(n.VERSION);$.indexOf("WebGL")!==-1?(Q=parseFloat(/^WebGL (\d)/.exec($)[1]),z=Q>=1):$.indexOf("OpenGL ES")!==-1&&(Q=parseFloat(/^OpenGL ES (\d)/.exec($)[1]),z=Q>=2);let K=null,ee={},_e=n.getParameter(n.SCISSOR_BOX),Ne=n.getParameter(n.VIEWPORT),U=new ht().fromArray(_e),ne=new ht().fromArray(Ne);function ae(I,J,q,ue){let se=new Uint8Array(4),ce=n.createTexture();n.bindTexture(I,ce),n.texParameteri(I,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(I,n.TEXTURE_MAG_FILTER,n.NEAREST);for(let Ae=0;Ae<q;Ae++)I===n.TEXTURE_3D||I===n.TEXTURE_2D_ARRAY?n.texImage3D(J,0,n.RGBA,1,1,ue,0,n.RGBA,n.UNSIGNED_BYTE,se):n.texImage2D(J+Ae,0,n.RGBA,1,1,0,n.RGBA,n.UNSIGNED_BYTE,se);return ce}let ye={};ye[n.TEXTURE_2D]=ae(n.TEXTURE_2D,n.TEXTURE_2D,1),ye[n.TEXTURE_CUBE_MAP]=ae(n.TEXTURE_CUBE_MAP,n.TEXTURE_CUBE_MAP_POSITIVE_X,6),ye[n.TEXTURE_2D_ARRAY]=ae(n.TEXTURE_2D_ARRAY,n.TEXTURE_2D_ARRAY,1,1),ye[n.TEXTURE_3D]=ae(n.TEXTURE_3D,n.TEXTURE_3D,1,1),s.setClear(0,0,0,1),a.setClear(1),o.setClear(0),oe(n.DEPTH_TEST),a.setFunc(Wr),Yt(!1),ut(Kh),oe(n.CULL_FACE),Lt(Yi);function oe(I){h[I]!==!0&&(n.enable(I),h[I]=!0)}function Ee(I){h[I]!==!1&&(n.disable(I),h[I]=!1)}function nt(I,J){return u[I]!==J?(n.bindFramebuffer(I,J),u[I]=J,I===n.DRAW_FRAMEBUFFER&&(u[n.FRAMEBUFFER]=J),I===n.FRAMEBUFFER&&(u[n.DRAW_FRAMEBUFFER]=J),!0):!1}function Re(I,J){let q=p,ue=!1;if(I){q=d.get(J),q===void 0&&(q=[],d.set(J,q));let se=I.textures;if(q.length!==se.length||q[0]!==n.COLOR_ATTACHMENT0){for(let ce=0,Ae=se.length;ce<Ae;ce++)q[ce]=n.COLOR_ATTACHMENT0+ce;q.length=se.length,ue=!0}}else q[0]!==n.BACK&&(q[0]=n.BACK,ue=!0);ue&&n.drawBuffers(q)}function et(I){return b!==I?(n.useProgram(I),b=I,!0):!1}let it={[Zi]:n.FUNC_ADD,[tm]:n.FUNC_SUBTRACT,[nm]:n.FUNC_REVERSE_SUBTRACT};it[im]=n.MIN,it[rm]=n.MAX;let He={[sm]:n.ZERO,[am]:n.ONE,[om]:n.SRC_COLOR,[eu]:n.SRC_ALPHA,[dm]:n.SRC_ALPHA_SATURATE,[um]:n.DST_COLOR,[cm]:n.DST_ALPHA,[lm]:n.ONE_MINUS_SRC_COLOR,[tu]:n.ONE_MINUS_SRC_ALPHA,[fm]:n.ONE_MINUS_DST_COLOR,[hm]:n.ONE_MINUS_DST_ALPHA,[pm]:n.CONSTANT_COLOR,[mm]:n.ONE_MINUS_CONSTANT_COLOR,[gm]:n.CONSTANT_ALPHA,[bm]:n.ONE_MINUS_CONSTANT_ALPHA};function Lt(I,J,q,ue,se,ce,Ae,ze,re,Ce){if(I===Yi){g===!0&&(Ee(n.BLEND),g=!1);return}if(g===!1&&(oe(n.BLEND),g=!0),I!==em){if(I!==m||Ce!==C){if((_!==Zi||E!==Zi)&&(n.blendEquation(n.FUNC_ADD),_=Zi,E=Zi),Ce)switch(I){case os:n.blendFuncSeparate(n.ONE,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Jh:n.blendFunc(n.ONE,n.ONE);break;case jh:n.blendFuncSeparate(n.ZERO,n.ONE_MINUS_SRC_COLOR,n.ZERO,n.ONE);break;case Qh:n.blendFuncSeparate(n.DST_COLOR,n.ONE_MINUS_SRC_ALPHA,n.ZERO,n.ONE);break;default:Le("WebGLState: Invalid blending: ",I);break}else switch(I){case os:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Jh:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE,n.ONE,n.ONE);break;case jh:Le("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Qh:Le("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Le("WebGLState: Invalid blending: ",I);break}A=null,M=null,w=null,x=null,S.set(0,0,0),N=0,m=I,C=Ce}return}se=se||J,ce=ce||q,Ae=Ae||ue,(J!==_||se!==E)&&(n.blendEquationSeparate(it[J],it[se]),_=J,E=se),(q!==A||ue!==M||ce!==w||Ae!==x)&&(n.blendFuncSeparate(He[q],He[ue],He[ce],He[Ae]),A=q,M=ue,w=ce,x=Ae),(ze.equals(S)===!1||re!==N)&&(n.blendColor(ze.r,ze.g,ze.b,re),S.copy(ze),N=re),m=I,C=!1}function yt(I,J){I.side===bn?Ee(n.CULL_FACE):oe(n.CULL_FACE);let q=I.side===qt;J&&(q=!q),Yt(q),I.blending===os&&I.transparent===!1?Lt(Yi):Lt(I.blending,I.blendEquation,I.blendSrc,I.blendDst,I.blendEquationAlpha,I.blendSrcAlpha,I.blendDstAlpha,I.blendColor,I.blendAlpha,I.premultipliedAlpha),a.setFunc(I.depthFunc),a.setTest(I.depthTest),a.setMask(I.depthWrite),s.setMask(I.colorWrite);let ue=I.stencilWrite;o.setTest(ue),ue&&(o.setMask(I.stencilWriteMask),o.setFunc(I.stencilFunc,I.stencilRef,I.stencilFuncMask),o.setOp(I.stencilFail,I.stencilZFail,I.stencilZPass)),Et(I.polygonOffset,I.polygonOffsetFactor,I.polygonOffsetUnits),I.alphaToCoverage===!0?oe(n.SAMPLE_ALPHA_TO_COVERAGE):Ee(n.SAMPLE_ALPHA_TO_COVERAGE)}function Yt(I){P!==I&&(I?n.frontFace(n.CW):n.frontFace(n.CCW),P=I)}function ut(I){I!==Jp?(oe(n.CULL_FACE),I!==L&&(I===Kh?n.cullFace(n.BACK):I===jp?n.cullFace(n.FRONT):n.cullFace(n.FRONT_AND_BACK))):Ee(n.CULL_FACE),L=I}function In(I){I!==k&&(z&&n.lineWidth(I),k=I)}function Et(I,J,q){I?(oe(n.POLYGON_OFFSET_FILL),(R!==J||F!==q)&&(R=J,F=q,a.getReversed()&&(J=-J,q=-q),n.polygonOffset(J,q))):Ee(n.POLYGON_OFFSET_FILL)}function ln(I){I?oe(n.SCISSOR_TEST):Ee(n.SCISSOR_TEST)}function cn(I){I===void 0&&(I=n.TEXTURE0+W-1),K!==I&&(n.activeTexture(I),K=I)}function hn(I,J,q){q===void 0&&(K===null?q=n.TEXTURE0+W-1:q=K);let ue=ee[q];ue===void 0&&(ue={type:void 0,texture:void 0},ee[q]=ue),(ue.type!==I||ue.texture!==J)&&(K!==q&&(n.activeTexture(q),K=q),n.bindTexture(I,J||ye[I]),ue.type=I,ue.texture=J)}function O(){let I=ee[K];I!==void 0&&I.type!==void 0&&(n.bindTexture(I.type,null),I.type=void 0,I.texture=void 0)}function un(){try{n.compressedTexImage2D(...arguments)}catch(I){Le("WebGLState:",I)}}function lt(){try{n.compressedTexImage3D(...arguments)}catch(I){Le("WebGLState:",I)}}function ct(){try{n.texSubImage2D(...arguments)}catch(I){Le("WebGLState:",I)}}function me(){try{n.texSubImage3D(...arguments)}catch(I){Le("WebGLState:",I)}}function _t(){try{n.compressedTexSubImage2D(...arguments)}catch(I){Le("WebGLState:",I)}}function Ie(){try{n.compressedTexSubImage3D(...arguments)}catch(I){Le("WebGLState:",I)}}function Fe(){try{n.texStorage2D(...arguments)}catch(I){Le("WebGLState:",I)}}function T(){try{n.texStorage3D(...arguments)}catch(I){Le("WebGLState:",I)}}function y(){try{n.texImage2D(...arguments)}catch(I){Le("WebGLState:",I)}}function G(){try{n.texImage3D(...arguments)}catch(I){Le("WebGLState:",I)}}function te(I){return f[I]!==void 0?f[I]:n.getParameter(I)}function j(I,J){f[I]!==J&&(n.pixelStorei(I,J),f[I]=J)}function le(I){U.equals(I)===!1&&(n.scissor(I.x,I.y,I.z,I.w),U.copy(I))}function de(I){ne.equals(I)===!1&&(n.viewport(I.x,I.y,I.z,I.w),ne.copy(I))}function Y(I,J){let q=c.get(J);q===void 0&&(q=new WeakMap,c.set(J,q));let ue=q.get(I);ue===void 0&&(ue=n.getUniformBlockIndex(J,I.name),n.uniformBlockBinding(J,ue,ue),q.set(I,ue))}function Z(I,J,q){let se=c.get(J).get(I);l[se]!==q&&(n.bindBufferBase(n.UNIFORM_BUFFER,se,q),l[se]=q)}function he(){n.disable(n.BLEND),n.disable(n.CULL_FACE),n.disable(n.DEPTH_TEST),n.disable(n.POLYGON_OFFSET_FILL),n.disable(n.SCISSOR_TEST),n.disable(n.STENCIL_TEST),n.disable(n.SAMPLE_ALPHA_TO_COVERAGE),n.blendEquation(n.FUNC_ADD),n.blendFunc(n.ONE,n.ZERO),n.blendFuncSeparate(n.ONE,n.ZERO,n.ONE,n.ZERO),n.blendColor(0,0,0,0),n.colorMask(!0,!0,!0,!0),n.clearColor(0,0,0,0),n.depthMask(!0),n.depthFunc(n.LESS),a.setReversed(!1),n.clearDepth(1),n.stencilMask(4294967295),n.stencilFunc(n.ALWAYS,0,4294967295),n.stencilOp(n.KEEP,n.KEEP,n.KEEP),n.clearStencil(0),n.cullFace(n.BACK),n.frontFace(n.CCW),n.polygonOffset(0,0),n.activeTexture(n.TEXTURE0),n.bindFramebuffer(n.FRAMEBUFFER,null),n.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),n.bindFramebuffer(n.READ_FRAMEBUFFER,null),n.useProgram(null),n.lineWidth(1),n.scissor(0,0,n.canvas.width,n.canvas.height),n.viewport(0,0,n.canvas.width,n.canvas.height),n.pixelStorei(n.PACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,!1),n.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),n.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,n.BROWSER_DEFAULT_WEBGL),n.pixelStorei(n.PACK_ROW_LENGTH,0),n.pixelStorei(n.PACK_SKIP_PIXELS,0),n.pixelStorei(n.PACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_ROW_LENGTH,0),n.pixelStorei(n.UNPACK_IMAGE_HEIGHT,0),n.pixelStorei(n.UNPACK_SKIP_PIXELS,0),n.pixelStorei(n.UNPACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_SKIP_IMAGES,0),h={},f={},K=null,ee={},u={},l={},d=new WeakMap,p=[],b=null,g=!1,m=null,_=null,A=null,M=null,E=null,w=null,x=null,S=new Oe(0,0,0),N=0,C=!1,P=null,L=null,k=null,R=null,F=null,U.set(0,0,n.canvas.width,n.canvas.height),ne.set(0,0,n.canvas.width,n.canvas.height),s.reset(),a.reset(),o.reset()}return{buffers:{color:s,depth:a,stencil:o},enable:oe,disable:Ee,bindFramebuffer:nt,drawBuffers:Re,useProgram:et,setBlending:Lt,setMaterial:yt,setFlipSided:Yt,setCullFace:ut,setLineWidth:In,setPolygonOffset:Et,setScissorTest:ln,activeTexture:cn,bindTexture:hn,unbindTexture:O,compressedTexImage2D:un,compressedTexImage3D:lt,texImage2D:y,texImage3D:G,pixelStorei:j,getParameter:te,updateUBOMapping:Y,uniformBlockBinding:Z,texStorage2D:Fe,texStorage3D:T,texSubImage2D:ct,texSubImage3D:me,compressedTexSubImage2D:_t,compressedTexSubImage3D:Ie,scissor:le,viewport:de,reset:he}}function pS(n,e,t,i,r,s,a){let o=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new Te,h=new WeakMap,f=new Set,u,d=new WeakMap,p=new Set,b=new FinalizationRegistry(T=>p.delete(T)),g=!1;try{g=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function m(T,y){return g?new OffscreenCanvas(T,y):qs("canvas")}function _(T,y,G){let te=1,j=Fe(T);if((j.width>G||j.height>G)&&(te=G/Math.max(j.width,j.height)),te<1)if(typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&T instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&T instanceof ImageBitmap||typeof VideoFrame<"u"&&T instanceof VideoFrame){let le=Math.floor(te*j.width),de=Math.floor(te*j.height);u===void 0&&(u=m(le,de));let Y=y?m(le,de):u;return Y.width=le,Y.height=de,Y.getContext("2d").drawImage(T,0,0,le,de),Pe("WebGLRenderer: Texture has been resized from ("+j.width+"x"+j.height+") to ("+le+"x"+de+")."),Y}else return"data"in T&&Pe("WebGLRenderer: Image in DataTexture is too big ("+j.width+"x"+j.height+")."),T;return T}function A(T){return T.generateMipmaps}function M(T){n.generateMipmap(T)}function E(T){return T.isWebGLCubeRenderTarget?n.TEXTURE_CUBE_MAP:T.isWebGL3DRenderTarget?n.TEXTURE_3D:T.isWebGLArrayRenderTarget||T.isCompressedArrayTexture?n.TEXTURE_2D_ARRAY:n.TEXTURE_2D}function w(T,y,G,te,j,le=!1){if(T!==null){if(n[T]!==void 0)return n[T];Pe("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+T+"'")}let de;te&&(de=e.get("EXT_texture_norm16"),de||Pe("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let Y=y;if(y===n.RED&&(G===n.FLOAT&&(Y=n.R32F),G===n.HALF_FLOAT&&(Y=n.R16F),G===n.UNSIGNED_BYTE&&(Y=n.R8),G===n.UNSIGNED_SHORT&&de&&(Y=de.R16_EXT),G===n.SHORT&&de&&(Y=de.R16_SNORM_EXT)),y===n.RED_INTEGER&&(G===n.UNSIGNED_BYTE&&(Y=n.R8UI),G===n.UNSIGNED_SHORT&&(Y=n.R16UI),G===n.UNSIGNED_INT&&(Y=n.R32UI),G===n.BYTE&&(Y=n.R8I),G===n.SHORT&&(Y=n.R16I),G===n.INT&&(Y=n.R32I)),y===n.RG&&(G===n.FLOAT&&(Y=n.RG32F),G===n.HALF_FLOAT&&(Y=n.RG16F),G===n.UNSIGNED_BYTE&&(Y=n.RG8),G===n.UNSIGNED_SHORT&&de&&(Y=de.RG16_EXT),G===n.SHORT&&de&&(Y=de.RG16_SNORM_EXT)),y===n.RG_INTEGER&&(G===n.UNSIGNED_BYTE&&(Y=n.RG8UI),G===n.UNSIGNED_SHORT&&(Y=n.RG16UI),G===n.UNSIGNED_INT&&(Y=n.RG32UI),G===n.BYTE&&(Y=n.RG8I),G===n.SHORT&&(Y=n.RG16I),G===n.INT&&(Y=n.RG32I)),y===n.RGB_INTEGER&&(G===n.UNSIGNED_BYTE&&(Y=n.RGB8UI),G===n.UNSIGNED_SHORT&&(Y=n.RGB16UI),G===n.UNSIGNED_INT&&(Y=n.RGB32UI),G===n.BYTE&&(Y=n.RGB8I),G===n.SHORT&&(Y=n.RGB16I),G===n.INT&&(Y=n.RGB32I)),y===n.RGBA_INTEGER&&(G===n.UNSIGNED_BYTE&&(Y=n.RGBA8UI),G===n.UNSIGNED_SHORT&&(Y=n.RGBA16UI),G===n.UNSIGNED_INT&&(Y=n.RGBA32UI),G===n.BYTE&&(Y=n.RGBA8I),G===n.SHORT&&(Y=n.RGBA16I),G===n.INT&&(Y=n.RGBA32I)),y===n.RGB&&(G===n.UNSIGNED_SHORT&&de&&(Y=de.RGB16_EXT),G===n.SHORT&&de&&(Y=de.RGB16_SNORM_EXT),G===n.UNSIGNED_INT_5_9_9_9_REV&&(Y=n.RGB9_E5),G===n.UNSIGNED_INT_10F_11F_11F_REV&&(Y=n.R11F_G11F_B10F)),y===n.RGBA){let Z=le?$s:Ye.getTransfer(j);G===n.FLOAT&&(Y=n.RGBA32F),G===n.HALF_FLOAT&&(Y=n.RGBA16F),G===n.UNSIGNED_BYTE&&(Y=Z===Qe?n.SRGB8_ALPHA8:n.RGBA8),G===n.UNSIGNED_SHORT&&de&&(Y=de.RGBA16_EXT),G===n.SHORT&&de&&(Y=de.RGBA16_SNORM_EXT),G===n.UNSIGNED_SHORT_4_4_4_4&&(Y=n.RGBA4),G===n.UNSIGNED_SHORT_5_5_5_1&&(Y=n.RGB5_A1)}return(Y===n.R16F||Y===n.R32F||Y===n.RG16F||Y===n.RG32F||Y===n.RGBA16F||Y===n.RGBA32F)&&e.get("EXT_color_buffer_float"),Y}function x(T,y){let G;return T?y===null||y===Cn||y===Ji?G=n.DEPTH24_STENCIL8:y===xn?G=n.DEPTH32F_STENCIL8:y===cs&&(G=n.DEPTH24_STENCIL8,Pe("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):y===null||y===Cn||y===Ji?G=n.DEPTH_COMPONENT24:y===xn?G=n.DEPTH_COMPONENT32F:y===cs&&(G=n.DEPTH_COMPONENT16),G}function S(T,y){return A(T)===!0||T.isFramebufferTexture&&T.minFilter!==It&&T.minFilter!==Wt?Math.log2(Math.max(y.width,y.height))+1:T.mipmaps.length>0?T.mipmaps.length:T.isCompressedTexture&&Array.isArray(T.image)?y.mipmaps.length:1}function N(T){let y=new WeakRef(T);i.get(T).__ref=y,p.add(y),b.register(T,y,y)}function C(T){let y=i.get(T).__ref;y!==void 0&&(p.delete(y),b.unregister(y))}function P(T){k(T.target)}function L(T){R(T.target)}function k(T){T.removeEventListener("dispose",P),C(T),W(T),T.isVideoTexture&&h.delete(T),T.isHTMLTexture&&f.delete(T)}function R(T){T.removeEventListener("dispose",L),C(T),Q(T)}function F(){for(let T of p){let y=T.deref();y!==void 0&&(y.isRenderTarget===!0?R(y):k(y))}p.clear(),f.clear()}function W(T){let y=i.get(T);if(y.__webglInit===void 0)return;let G=T.source,te=d.get(G);if(te){let j=te[y.__cacheKey];j.usedTimes--,j.usedTimes===0&&z(T),Object.keys(te).length===0&&d.delete(G)}i.remove(T)}function z(T){let y=i.get(T);n.deleteTexture(y.__webglTexture);let G=T.source,te=d.get(G);delete te[y.__cacheKey],a.memory.textures--}function Q(T){let y=i.get(T);y.__depthDisposeCallback&&y.__depthDisposeCallback();let G=T.depthTexture;if(G&&G.renderTarget===T&&k(G),T.isWebGLCubeRenderTarget)for(let j=0;j<6;j++){if(Array.isArray(y.__webglFramebuffer[j]))for(let le=0;le<y.__webglFramebuffer[j].length;le++)n.deleteFramebuffer(y.__webglFramebuffer[j][le]);else n.deleteFramebuffer(y.__webglFramebuffer[j]);y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer[j])}else{if(Array.isArray(y.__webglFramebuffer))for(let j=0;j<y.__webglFramebuffer.length;j++)n.deleteFramebuffer(y.__webglFramebuffer[j]);else n.deleteFramebuffer(y.__webglFramebuffer);if(y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer),y.__webglMultisampledFramebuffer&&n.deleteFramebuffer(y.__webglMultisampledFramebuffer),y.__webglColorRenderbuffer)for(let j=0;j<y.__webglColorRenderbuffer.length;j++)y.__webglColorRenderbuffer[j]&&n.deleteRenderbuffer(y.__webglColorRenderbuffer[j]);y.__webglDepthRenderbuffer&&n.deleteRenderbuffer(y.__webglDepthRenderbuffer)}let te=T.textures;for(let j=0,le=te.length;j<le;j++){let de=i.get(te[j]);de.__webglTexture&&(n.deleteTexture(de.__webglTexture),a.memory.textures--),i.remove(te[j])}i.remove(T)}let $=0;function K(){$=0}function ee(){return $}function _e(T){$=T}function Ne(){let T=$;return T>=r.maxTextures&&Pe("WebGLTextures: Trying to use "+(T+1)+" texture units while this GPU supports only "+r.maxTextures),$+=1,T}function U(T){let y=[];return y.push(T.wrapS),y.push(T.wrapT),y.push(T.wrapR||0),y.push(T.magFilter),y.push(T.minFilter),y.push(T.anisotropy),y.push(T.internalFormat),y.push(T.format),y.push(T.type),y.push(T.generateMipmaps),y.push(T.mipmapsAutoUpdate),y.push(T.premultiplyAlpha),y.push(T.flipY),y.push(T.unpackAlignment),y.push(T.colorSpace),y.join()}function ne(T,y){let G=i.get(T);if(T.isVideoTexture&&_t(T),T.isRenderTargetTexture===!1&&T.isExternalTexture!==!0&&T.version>0&&G.__version!==T.version){let te=T.image;if(te===null)Pe("WebGLRenderer: Texture marked for update but no image data found.");else if(te.complete===!1)Pe("WebGLRenderer: Texture marked for update but image is incomplete");else{yt(G,T,y);return}}else T.isExternalTexture&&(G.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(n.TEXTURE_2D,G.__webglTexture,n.TEXTURE0+y)}function ae(T,y){let G=i.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&G.__version!==T.version){yt(G,T,y);return}else T.isExternalTexture&&(G.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(n.TEXTURE_2D_ARRAY,G.__webglTexture,n.TEXTURE0+y)}function ye(T,y){let G=i.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&G.__version!==T.version){yt(G,T,y);return}t.bindTexture(n.TEXTURE_3D,G.__webglTexture,n.TEXTURE0+y)}function oe(T,y){let G=i.get(T);if(T.version>0&&G.__version!==T.version){Yt(G,T,y);return}t.bindTexture(n.TEXTURE_CUBE_MAP,G.__webglTexture,n.TEXTURE0+y)}let Ee={[jo]:n.REPEAT,[Un]:n.CLAMP_TO_EDGE,[Qo]:n.MIRRORED_REPEAT},nt={[It]:n.NEAREST,[_m]:n.NEAREST_MIPMAP_NEAREST,[ba]:n.NEAREST_MIPMAP_LINEAR,[Wt]:n.LINEAR,[Tl]:n.LINEAR_MIPMAP_NEAREST,[ni]:n.LINEAR_MIPMAP_LINEAR},Re={[wm]:n.NEVER,[xu]:n.ALWAYS,[Am]:n.LESS,[gu]:n.LEQUAL,[Em]:n.EQUAL,[bu]:n.GEQUAL,[Tm]:n.GREATER,[Cm]:n.NOTEQUAL};function et(T,y){if(y.type===xn&&e.has("OES_texture_float_linear")===!1&&(y.magFilter===Wt||y.magFilter===Tl||y.magFilter===ba||y.magFilter===ni||y.minFilter===Wt||y.minFilter===Tl||y.minFilter===ba||y.minFilter===ni)&&Pe("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),n.texParameteri(T,n.TEXTURE_WRAP_S,Ee[y.wrapS]),n.texParameteri(T,n.TEXTURE_WRAP_T,Ee[y.wrapT]),(T===n.TEXTURE_3D||T===n.TEXTURE_2D_ARRAY)&&n.texParameteri(T,n.TEXTURE_WRAP_R,Ee[y.wrapR]),n.texParameteri(T,n.TEXTURE_MAG_FILTER,nt[y.magFilter]),n.texParameteri(T,n.TEXTURE_MIN_FILTER,nt[y.minFilter]),y.compareFunction&&(n.texParameteri(T,n.TEXTURE_COMPARE_MODE,n.COMPARE_REF_TO_TEXTURE),n.texParameteri(T,n.TEXTURE_COMPARE_FUNC,Re[y.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(y.magFilter===It||y.minFilter!==ba&&y.minFilter!==ni||y.type===xn&&e.has("OES_texture_float_linear")===!1)return;if(y.anisotropy>1||i.get(y).__currentAnisotropy){let G=e.get("EXT_texture_filter_anisotropic");n.texParameterf(T,G.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(y.anisotropy,r.getMaxAnisotropy())),i.get(y).__currentAnisotropy=y.anisotropy}}}function it(T,y){let G=!1;T.__webglInit===void 0&&(T.__webglInit=!0,y.addEventListener("dispose",P),N(y));let te=y.source,j=d.get(te);j===void 0&&(j={},d.set(te,j));let le=U(y);if(le!==T.__cacheKey){j[le]===void 0&&(j[le]={texture:n.createTexture(),usedTimes:0},a.memory.textures++,G=!0),j[le].usedTimes++;let de=j[T.__cacheKey];de!==void 0&&(j[T.__cacheKey].usedTimes--,de.usedTimes===0&&z(y)),T.__cacheKey=le,T.__webglTexture=j[le].texture}return G}function He(T,y,G){return Math.floor(Math.floor(T/G)/y)}function Lt(T,y,G,te){let le=T.updateRanges;if(le.length===0)t.texSubImage2D(n.TEXTURE_2D,0,0,0,y.width,y.height,G,te,y.data);else{le.sort((I,J)=>I.start-J.start);let de=0;for(let I=1;I<le.length;I++){let J=le[de],q=le[I],ue=J.start+J.count,se=He(q.start,y.width,4),ce=He(J.start,y.width,4);q.start<=ue+1&&se===ce&&He(q.start+q.count-1,y.width,4)===se?J.count=Math.max(J.count,q.start+q.count-J.start):(++de,le[de]=q)}le.length=de+1;let Y=t.getParameter(n.UNPACK_ROW_LENGTH),Z=t.getParameter(n.UNPACK_SKIP_PIXELS),he=t.getParameter(n.UNPACK_SKIP_ROWS);t.pixelStorei(n.UNPACK_ROW_LENGTH,y.width);for(let I=0,J=le.length;I<J;I++){let q=le[I],ue=Math.floor(q.start/4),se=Math.ceil(q.count/4),ce=ue%y.width,Ae=Math.floor(ue/y.width),ze=se,re=1;t.pixelStorei(n.UNPACK_SKIP_PIXELS,ce),t.pixelStorei(n.UNPACK_SKIP_ROWS,Ae),t.texSubImage2D(n.TEXTURE_2D,0,ce,Ae,ze,re,G,te,y.data)}T.clearUpdateRanges(),t.pixelStorei(n.UNPACK_ROW_LENGTH,Y),t.pixelStorei(n.UNPACK_SKIP_PIXELS,Z),t.pixelStorei(n.UNPACK_SKIP_ROWS,he)}}function yt(T,y,G){let te=n.TEXTURE_2D;(y.isDataArrayTexture||y.isCompressedArrayTexture)&&(te=n.TEXTURE_2D_ARRAY),y.isData3DTexture&&(te=n.TEXTURE_3D);let j=it(T,y),le=y.source;t.bindTexture(te,T.__webglTexture,n.TEXTURE0+G);let de=i.get(le);if(le.version!==de.__version||j===!0){if(t.activeTexture(n.TEXTURE0+G),(typeof ImageBitmap<"u"&&y.image instanceof ImageBitmap)===!1){let re=Ye.getPrimaries(Ye.workingColorSpace),Ce=y.colorSpace===ri?null:Ye.getPrimaries(y.colorSpace),ke=y.colorSpace===ri||re===Ce?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,ke)}t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment);let Z=_(y.image,!1,r.maxTextureSize);Z=Ie(y,Z);let he=s.convert(y.format,y.colorSpace),I=s.convert(y.type),J=w(y.internalFormat,he,I,y.normalized,y.colorSpace,y.isVideoTexture);et(te,y);let q,ue=y.mipmaps,se=y.isVideoTexture!==!0,ce=de.__version===void 0||j===!0,Ae=le.dataReady,ze=S(y,Z);if(y.isDepthTexture)J=x(y.format===ii,y.type),ce&&(se?t.texStorage2D(n.TEXTURE_2D,1,J,Z.width,Z.height):t.texImage2D(n.TEXTURE_2D,0,J,Z.width,Z.height,0,he,I,null));else if(y.isDataTexture)if(ue.length>0){se&&ce&&t.texStorage2D(n.TEXTURE_2D,ze,J,ue[0].width,ue[0].height);for(let re=0,Ce=ue.length;re<Ce;re++)q=ue[re],se?Ae&&t.texSubImage2D(n.TEXTURE_2D,re,0,0,q.width,q.height,he,I,q.data):t.texImage2D(n.TEXTURE_2D,re,J,q.width,q.height,0,he,I,q.data);y.generateMipmaps=!1}else se?(ce&&t.texStorage2D(n.TEXTURE_2D,ze,J,Z.width,Z.height),Ae&&Lt(y,Z,he,I)):t.texImage2D(n.TEXTURE_2D,0,J,Z.width,Z.height,0,he,I,Z.data);else if(y.isCompressedTexture)if(y.isCompressedArrayTexture){se&&ce&&t.texStorage3D(n.TEXTURE_2D_ARRAY,ze,J,ue[0].width,ue[0].height,Z.depth);for(let re=0,Ce=ue.length;re<Ce;re++)if(q=ue[re],y.format!==Pn)if(he!==null)if(se){if(Ae)if(y.layerUpdates.size>0){let ke=Ru(q.width,q.height,y.format,y.type);for(let ge of y.layerUpdates){let tt=q.data.subarray(ge*ke/q.data.BYTES_PER_ELEMENT,(ge+1)*ke/q.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,re,0,0,ge,q.width,q.height,1,he,tt)}}else t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,re,0,0,0,q.width,q.height,Z.depth,he,q.data)}else t.compressedTexImage3D(n.TEXTURE_2D_ARRAY,re,J,q.width,q.height,Z.depth,0,q.data,0,0);else Pe("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else se?Ae&&t.texSubImage3D(n.TEXTURE_2D_ARRAY,re,0,0,0,q.width,q.height,Z.depth,he,I,q.data):t.texImage3D(n.TEXTURE_2D_ARRAY,re,J,q.width,q.height,Z.depth,0,he,I,q.data);y.layerUpdates.size>0&&y.clearLayerUpdates()}else{se&&ce&&t.texStorage2D(n.TEXTURE_2D,ze,J,ue[0].width,ue[0].height);for(let re=0,Ce=ue.length;re<Ce;re++)q=ue[re],y.format!==Pn?he!==null?se?Ae&&t.compressedTexSubImage2D(n.TEXTURE_2D,re,0,0,q.width,q.height,he,q.data):t.compressedTexImage2D(n.TEXTURE_2D,re,J,q.width,q.height,0,q.data):Pe("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):se?Ae&&t.texSubImage2D(n.TEXTURE_2D,re,0,0,q.width,q.height,he,I,q.data):t.texImage2D(n.TEXTURE_2D,re,J,q.width,q.height,0,he,I,q.data)}else if(y.isDataArrayTexture)if(se){if(ce&&t.texStorage3D(n.TEXTURE_2D_ARRAY,ze,J,Z.width,Z.height,Z.depth),Ae)if(y.layerUpdates.size>0){let re=Ru(Z.width,Z.height,y.format,y.type);for(let Ce of y.layerUpdates){let ke=Z.data.subarray(Ce*re/Z.data.BYTES_PER_ELEMENT,(Ce+1)*re/Z.data.BYTES_PER_ELEMENT);t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,Ce,Z.width,Z.height,1,he,I,ke)}y.clearLayerUpdates()}else t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,0,Z.width,Z.height,Z.depth,he,I,Z.data)}else t.texImage3D(n.TEXTURE_2D_ARRAY,0,J,Z.width,Z.height,Z.depth,0,he,I,Z.data);else if(y.isData3DTexture)se?(ce&&t.texStorage3D(n.TEXTURE_3D,ze,J,Z.width,Z.height,Z.depth),Ae&&t.texSubImage3D(n.TEXTURE_3D,0,0,0,0,Z.width,Z.height,Z.depth,he,I,Z.data)):t.texImage3D(n.TEXTURE_3D,0,J,Z.width,Z.height,Z.depth,0,he,I,Z.data);else if(y.isFramebufferTexture){if(ce)if(se)t.texStorage2D(n.TEXTURE_2D,ze,J,Z.width,Z.height);else{let re=Z.width,Ce=Z.height;for(let ke=0;ke<ze;ke++)t.texImage2D(n.TEXTURE_2D,ke,J,re,Ce,0,he,I,null),re>>=1,Ce>>=1}}else if(y.isHTMLTexture){if("texElementImage2D"in n){let re=n.canvas;if(re.hasAttribute("layoutsubtree")||re.setAttribute("layoutsubtree","true"),Z.parentNode!==re){re.appendChild(Z),f.add(y),re.onpaint=Ce=>{let ke=Ce.changedElements;for(let ge of f)ke.includes(ge.image)&&(ge.needsUpdate=!0)},re.requestPaint();return}if(n.texElementImage2D.length===3)n.texElementImage2D(n.TEXTURE_2D,n.RGBA8,Z);else{let ke=n.RGBA,ge=n.RGBA,tt=n.UNSIGNED_BYTE;n.texElementImage2D(n.TEXTURE_2D,0,ke,ge,tt,Z)}n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.LINEAR),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE)}}else if(ue.length>0){if(se&&ce){let re=Fe(ue[0]);t.texStorage2D(n.TEXTURE_2D,ze,J,re.width,re.height)}for(let re=0,Ce=ue.length;re<Ce;re++)q=ue[re],se?Ae&&t.texSubImage2D(n.TEXTURE_2D,re,0,0,he,I,q):t.texImage2D(n.TEXTURE_2D,re,J,he,I,q);y.generateMipmaps=!1}else if(se){if(ce){let re=Fe(Z);t.texStorage2D(n.TEXTURE_2D,ze,J,re.width,re.height)}Ae&&t.texSubImage2D(n.TEXTURE_2D,0,0,0,he,I,Z)}else t.texImage2D(n.TEXTURE_2D,0,J,he,I,Z);A(y)&&y.mipmapsAutoUpdate===!0&&M(te),de.__version=le.version,y.onUpdate&&y.onUpdate(y)}T.__version=y.version}function Yt(T,y,G){if(y.image.length!==6)return;let te=it(T,y),j=y.source;t.bindTexture(n.TEXTURE_CUBE_MAP,T.__webglTexture,n.TEXTURE0+G);let le=i.get(j);if(j.version!==le.__version||te===!0){t.activeTexture(n.TEXTURE0+G);let de=Ye.getPrimaries(Ye.workingColorSpace),Y=y.colorSpace===ri?null:Ye.getPrimaries(y.colorSpace),Z=y.colorSpace===ri||de===Y?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,Z);let he=y.isCompressedTexture||y.image[0].isCompressedTexture,I=y.image[0]&&y.image[0].isDataTexture,J=[];for(let ge=0;ge<6;ge++)!he&&!I?J[ge]=_(y.image[ge],!0,r.maxCubemapSize):J[ge]=I?y.image[ge].image:y.image[ge],J[ge]=Ie(y,J[ge]);let q=J[0],ue=s.convert(y.format,y.colorSpace),se=s.convert(y.type),ce=w(y.internalFormat,ue,se,y.normalized,y.colorSpace),Ae=y.isVideoTexture!==!0,ze=le.__version===void 0||te===!0,re=j.dataReady,Ce=S(y,q);et(n.TEXTURE_CUBE_MAP,y);let ke;if(y.isDepthTexture){if(ce=x(y.format===ii,y.type),ze)if(Ae)t.texStorage2D(n.TEXTURE_CUBE_MAP,1,ce,q.width,q.height);else for(let ge=0;ge<6;ge++)t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,ce,q.width,q.height,0,ue,se,null)}else if(he){Ae&&ze&&t.texStorage2D(n.TEXTURE_CUBE_MAP,Ce,ce,q.width,q.height);for(let ge=0;ge<6;ge++){ke=J[ge].mipmaps;for(let tt=0;tt<ke.length;tt++){let Tt=ke[tt];y.format!==Pn?ue!==null?Ae?re&&t.compressedTexSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,tt,0,0,Tt.width,Tt.height,ue,Tt.data):t.compressedTexImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,tt,ce,Tt.width,Tt.height,0,Tt.data):Pe("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Ae?re&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,tt,0,0,Tt.width,Tt.height,ue,se,Tt.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,tt,ce,Tt.width,Tt.height,0,ue,se,Tt.data)}}}else{if(ke=y.mipmaps,Ae&&ze){ke.length>0&&Ce++;let ge=Fe(J[0]);t.texStorage2D(n.TEXTURE_CUBE_MAP,Ce,ce,ge.width,ge.height)}for(let ge=0;ge<6;ge++)if(I){Ae?re&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,0,0,J[ge].width,J[ge].height,ue,se,J[ge].data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,ce,J[ge].width,J[ge].height,0,ue,se,J[ge].data);for(let tt=0;tt<ke.length;tt++){let ai=ke[tt].image[ge].image;Ae?re&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,tt+1,0,0,ai.width,ai.height,ue,se,ai.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,tt+1,ce,ai.width,ai.height,0,ue,se,ai.data)}}else{Ae?re&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,0,0,ue,se,J[ge]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,ce,ue,se,J[ge]);for(let tt=0;tt<ke.length;tt++){let Tt=ke[tt];Ae?re&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,tt+1,0,0,ue,se,Tt.image[ge]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ge,tt+1,ce,ue,se,Tt.image[ge])}}}A(y)&&y.mipmapsAutoUpdate===!0&&M(n.TEXTURE_CUBE_MAP),le.__version=j.version,y.onUpdate&&y.onUpdate(y)}T.__version=y.version}function ut(T,y,G,te,j,le){let de=s.convert(G.format,G.colorSpace),Y=s.convert(G.type),Z=w(G.internalFormat,de,Y,G.normalized,G.colorSpace),he=i.get(y),I=i.get(G);if(I.__renderTarget=y,!he.__hasExternalTextures){let J=Math.max(1,y.width>>le),q=Math.max(1,y.height>>le);j===n.TEXTURE_3D||j===n.TEXTURE_2D_ARRAY?t.texImage3D(j,le,Z,J,q,y.depth,0,de,Y,null):t.texImage2D(j,le,Z,J,q,0,de,Y,null)}t.bindFramebuffer(n.FRAMEBUFFER,T),me(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,te,j,I.__webglTexture,0,ct(y)):(j===n.TEXTURE_2D||j>=n.TEXTURE_CUBE_MAP_POSITIVE_X&&j<=n.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&n.framebufferTexture2D(n.FRAMEBUFFER,te,j,I.__webglTexture,le),t.bindFramebuffer(n.FRAMEBUFFER,null)}function In(T,y,G){if(n.bindRenderbuffer(n.RENDERBUFFER,T),y.depthBuffer){let te=y.depthTexture,j=te&&te.isDepthTexture?te.type:null,le=x(y.stencilBuffer,j),de=y.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;me(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,ct(y),le,y.width,y.height):G?n.renderbufferStorageMultisample(n.RENDERBUFFER,ct(y),le,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,le,y.width,y.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,de,n.RENDERBUFFER,T)}else{let te=y.textures;for(let j=0;j<te.length;j++){let le=te[j],de=s.convert(le.format,le.colorSpace),Y=s.convert(le.type),Z=w(le.internalFormat,de,Y,le.normalized,le.colorSpace);me(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,ct(y),Z,y.width,y.height):G?n.renderbufferStorageMultisample(n.RENDERBUFFER,ct(y),Z,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,Z,y.width,y.height)}}n.bindRenderbuffer(n.RENDERBUFFER,null)}function Et(T,y,G){let te=y.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(n.FRAMEBUFFER,T),!(y.depthTexture&&y.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let j=i.get(y.depthTexture);j.__renderTarget=y;let le=te?y.depthTexture.image[0]:y.depthTexture.image;(!j.__webglTexture||le.width!==y.width||le.height!==y.height)&&(le.width=y.width,le.height=y.height,y.depthTexture.needsUpdate=!0),te?oe(y.depthTexture,0):ne(y.depthTexture,0);let de=j.__webglTexture,Y=ct(y),Z=te?n.TEXTURE_CUBE_MAP_POSITIVE_X+G:n.TEXTURE_2D,he=y.depthTexture.format===ii?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;if(y.depthTexture.format===jn)me(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,he,Z,de,0,Y):n.framebufferTexture2D(n.FRAMEBUFFER,he,Z,de,0);else if(y.depthTexture.format===ii)me(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,he,Z,de,0,Y):n.framebufferTexture2D(n.FRAMEBUFFER,he,Z,de,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function ln(T){let y=i.get(T),G=T.isWebGLCubeRenderTarget===!0;if(y.__boundDepthTexture!==T.depthTexture){let te=T.depthTexture;if(y.__depthDisposeCallback&&y.__depthDisposeCallback(),te){let j=()=>{delete y.__boundDepthTexture,delete y.__depthDisposeCallback,te.removeEventListener("dispose",j)};te.addEventListener("dispose",j),y.__depthDisposeCallback=j}y.__boundDepthTexture=te}if(T.depthTexture&&!y.__autoAllocateDepthBuffer)if(G)for(let te=0;te<6;te++)Et(y.__webglFramebuffer[te],T,te);else T.texture.mipmaps.length>0?Et(y.__webglFramebuffer[0],T,0):Et(y.__webglFramebuffer,T,0);else if(G){y.__webglDepthbuffer=[];for(let te=0;te<6;te++)if(t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[te]),y.__webglDepthbuffer[te]===void 0)y.__webglDepthbuffer[te]=n.createRenderbuffer(),In(y.__webglDepthbuffer[te],T,!1);else{let j=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,le=y.__webglDepthbuffer[te];n.bindRenderbuffer(n.RENDERBUFFER,le),n.framebufferRenderbuffer(n.FRAMEBUFFER,j,n.RENDERBUFFER,le)}}else if(T.texture.mipmaps.length>0?t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[0]):t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer),y.__webglDepthbuffer===void 0)y.__webglDepthbuffer=n.createRenderbuffer(),In(y.__webglDepthbuffer,T,!1);else{let j=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,le=y.__webglDepthbuffer;n.bindRenderbuffer(n.RENDERBUFFER,le),n.framebufferRenderbuffer(n.FRAMEBUFFER,j,n.RENDERBUFFER,le)}t.bindFramebuffer(n.FRAMEBUFFER,null)}function cn(T,y,G){let te=i.get(T);y!==void 0&&ut(te.__webglFramebuffer,T,T.texture,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,0),G!==void 0&&ln(T)}function hn(T){let y=T.texture,G=i.get(T),te=i.get(y);T.addEventListener("dispose",L),N(T);let j=T.textures,le=T.isWebGLCubeRenderTarget===!0,de=j.length>1;if(de||(te.__webglTexture===void 0&&(te.__webglTexture=n.createTexture()),te.__version=y.version,a.memory.textures++),le){G.__webglFramebuffer=[];for(let Y=0;Y<6;Y++)if(y.mipmaps.length>0){G.__webglFramebuffer[Y]=[];for(let Z=0;Z<y.mipmaps.length;Z++)G.__webglFramebuffer[Y][Z]=n.createFramebuffer()}else G.__webglFramebuffer[Y]=n.createFramebuffer()}else{if(y.mipmaps.length>0){G.__webglFramebuffer=[];for(let Y=0;Y<y.mipmaps.length;Y++)G.__webglFramebuffer[Y]=n.createFramebuffer()}else G.__webglFramebuffer=n.createFramebuffer();if(de)for(let Y=0,Z=j.length;Y<Z;Y++){let he=i.get(j[Y]);he.__webglTexture===void 0&&(he.__webglTexture=n.createTexture(),a.memory.textures++)}if(T.samples>0&&me(T)===!1){G.__webglMultisampledFramebuffer=n.createFramebuffer(),G.__webglColorRenderbuffer=[],t.bindFramebuffer(n.FRAMEBUFFER,G.__webglMultisampledFramebuffer);for(let Y=0;Y<j.length;Y++){let Z=j[Y];G.__webglColorRenderbuffer[Y]=n.createRenderbuffer(),n.bindRenderbuffer(n.RENDERBUFFER,G.__webglColorRenderbuffer[Y]);let he=s.convert(Z.format,Z.colorSpace),I=s.convert(Z.type),J=w(Z.internalFormat,he,I,Z.normalized,Z.colorSpace,T.isXRRenderTarget===!0),q=ct(T);n.renderbufferStorageMultisample(n.RENDERBUFFER,q,J,T.width,T.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Y,n.RENDERBUFFER,G.__webglColorRenderbuffer[Y])}n.bindRenderbuffer(n.RENDERBUFFER,null),T.depthBuffer&&(G.__webglDepthRenderbuffer=n.createRenderbuffer(),In(G.__webglDepthRenderbuffer,T,!0)),t.bindFramebuffer(n.FRAMEBUFFER,null)}}if(le){t.bindTexture(n.TEXTURE_CUBE_MAP,te.__webglTexture),et(n.TEXTURE_CUBE_MAP,y);for(let Y=0;Y<6;Y++)if(y.mipmaps.length>0)for(let Z=0;Z<y.mipmaps.length;Z++)ut(G.__webglFramebuffer[Y][Z],T,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+Y,Z);else ut(G.__webglFramebuffer[Y],T,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+Y,0);A(y)?M(n.TEXTURE_CUBE_MAP):y.mipmaps.length>0&&n.texParameteri(n.TEXTURE_CUBE_MAP,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}else if(de){for(let Y=0,Z=j.length;Y<Z;Y++){let he=j[Y],I=i.get(he),J=n.TEXTURE_2D;(T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(J=T.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(J,I.__webglTexture),et(J,he),ut(G.__webglFramebuffer,T,he,n.COLOR_ATTACHMENT0+Y,J,0),A(he)&&M(J)}t.unbindTexture()}else{let Y=n.TEXTURE_2D;if((T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(Y=T.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(Y,te.__webglTexture),et(Y,y),y.mipmaps.length>0)for(let Z=0;Z<y.mipmaps.length;Z++)ut(G.__webglFramebuffer[Z],T,y,n.COLOR_ATTACHMENT0,Y,Z);else ut(G.__webglFramebuffer,T,y,n.COLOR_ATTACHMENT0,Y,0);A(y)?M(Y):y.mipmaps.length>0&&n.texParameteri(Y,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}T.depthBuffer&&ln(T)}function O(T){let y=T.textures;for(let G=0,te=y.length;G<te;G++){let j=y[G];if(A(j)&&j.mipmapsAutoUpdate===!0){let le=E(T),de=i.get(j).__webglTexture;t.bindTexture(le,de),M(le),t.unbindTexture()}}}let un=[];function lt(T){if(T.samples>0){if(me(T)===!1){let y=T.textures,G=T.width,te=T.height,j=n.COLOR_BUFFER_BIT,le=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,de=i.get(T),Y=y.length>1;if(Y)for(let he=0;he<y.length;he++)t.bindFramebuffer(n.FRAMEBUFFER,de.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+he,n.RENDERBUFFER,null),t.bindFramebuffer(n.FRAMEBUFFER,de.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+he,n.TEXTURE_2D,null,0);t.bindFramebuffer(n.READ_FRAMEBUFFER,de.__webglMultisampledFramebuffer),T.texture.mipmaps.length>0?t.bindFramebuffer(n.DRAW_FRAMEBUFFER,de.__webglFramebuffer[0]):t.bindFramebuffer(n.DRAW_FRAMEBUFFER,de.__webglFramebuffer);for(let he=0;he<y.length;he++){if(T.resolveDepthBuffer&&(T.depthBuffer&&(j|=n.DEPTH_BUFFER_BIT),T.stencilBuffer&&T.resolveStencilBuffer&&(j|=n.STENCIL_BUFFER_BIT)),Y){n.framebufferRenderbuffer(n.READ_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.RENDERBUFFER,de.__webglColorRenderbuffer[he]);let I=i.get(y[he]).__webglTexture;n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,I,0)}n.blitFramebuffer(0,0,G,te,0,0,G,te,j,n.NEAREST),l===!0&&(un.length=0,un.push(n.COLOR_ATTACHMENT0+he),T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&un.push(le),n.invalidateFramebuffer(n.READ_FRAMEBUFFER,un))}if(t.bindFramebuffer(n.READ_FRAMEBUFFER,null),t.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),Y)for(let he=0;he<y.length;he++){t.bindFramebuffer(n.FRAMEBUFFER,de.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+he,n.RENDERBUFFER,de.__webglColorRenderbuffer[he]);let I=i.get(y[he]).__webglTexture;t.bindFramebuffer(n.FRAMEBUFFER,de.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+he,n.TEXTURE_2D,I,0)}t.bindFramebuffer(n.DRAW_FRAMEBUFFER,de.__webglMultisampledFramebuffer)}else if(T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&l){let y=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;n.invalidateFramebuffer(n.DRAW_FRAMEBUFFER,[y])}}}function ct(T){return Math.min(r.maxSamples,T.samples)}function me(T){let y=i.get(T);return T.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&y.__useRenderToTexture!==!1}function _t(T){let y=a.render.frame;h.get(T)!==y&&(h.set(T,y),T.update())}function Ie(T,y){let G=T.colorSpace,te=T.format,j=T.type;return T.isCompressedTexture===!0||T.isVideoTexture===!0||G!==Xs&&G!==ri&&(Ye.getTransfer(G)===Qe?(te!==Pn||j!==Jt)&&Pe("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Le("WebGLTextures: Unsupported texture color space:",G)),y}function Fe(T){return typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement?(c.width=T.naturalWidth||T.width,c.height=T.naturalHeight||T.height):typeof VideoFrame<"u"&&T instanceof VideoFrame?(c.width=T.displayWidth,c.height=T.displayHeight):(c.width=T.width,c.height=T.height),c}this.allocateTextureUnit=Ne,this.resetTextureUnits=K,this.getTextureUnits=ee,this.setTextureUnits=_e,this.setTexture2D=ne,this.setTexture2DArray=ae,this.setTexture3D=ye,this.setTextureCube=oe,this.rebindTextures=cn,this.setupRenderTarget=hn,this.updateRenderTargetMipmap=O,this.updateMultisampleRenderTarget=lt,this.setupDepthRenderbuffer=ln,this.setupFrameBufferTexture=ut,this.useMultisampledRTT=me,this.dispose=F}function mS(n,e){function t(i,r=ri){let s,a=Ye.getTransfer(r);if(i===Jt)return n.UNSIGNED_BYTE;if(i===Rl)return n.UNSIGNED_SHORT_4_4_4_4;if(i===Pl)return n.UNSIGNED_SHORT_5_5_5_1;if(i===fu)return n.UNSIGNED_INT_5_9_9_9_REV;if(i===du)return n.UNSIGNED_INT_10F_11F_11F_REV;if(i===hu)return n.BYTE;if(i===uu)return n.SHORT;if(i===cs)return n.UNSIGNED_SHORT;if(i===Cl)return n.INT;if(i===Cn)return n.UNSIGNED_INT;if(i===xn)return n.FLOAT;if(i===Rn)return n.HALF_FLOAT;if(i===pu)return n.ALPHA;if(i===mu)return n.RGB;if(i===Pn)return n.RGBA;if(i===jn)return n.DEPTH_COMPONENT;if(i===ii)return n.DEPTH_STENCIL;if(i===Il)return n.RED;if(i===Ll)return n.RED_INTEGER;if(i===Ai)return n.RG;if(i===Nl)return n.RG_INTEGER;if(i===Dl)return n.RGBA_INTEGER;if(i===xa||i===ya||i===_a||i===va)if(a===Qe)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(i===xa)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(i===ya)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(i===_a)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(i===va)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(i===xa)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(i===ya)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(i===_a)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(i===va)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(i===Fl||i===Ul||i===Ol||i===Bl)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(i===Fl)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(i===Ul)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(i===Ol)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(i===Bl)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(i===kl||i===zl||i===Vl||i===Gl||i===Hl||i===Ma||i===Wl)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(i===kl||i===zl)return a===Qe?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(i===Vl)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(i===Gl)return s.COMPRESSED_R11_EAC;if(i===Hl)return s.COMPRESSED_SIGNED_R11_EAC;if(i===Ma)return s.COMPRESSED_RG11_EAC;if(i===Wl)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(i===Xl||i===$l||i===ql||i===Yl||i===Zl||i===Kl||i===Jl||i===jl||i===Ql||i===ec||i===tc||i===nc||i===ic||i===rc)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(i===Xl)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(i===$l)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(i===ql)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(i===Yl)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(i===Zl)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(i===Kl)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(i===Jl)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(i===jl)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(i===Ql)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(i===ec)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(i===tc)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(i===nc)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(i===ic)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(i===rc)return a===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(i===sc||i===ac||i===oc)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(i===sc)return a===Qe?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(i===ac)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(i===oc)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(i===lc||i===cc||i===Sa||i===hc)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(i===lc)return s.COMPRESSED_RED_RGTC1_EXT;if(i===cc)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(i===Sa)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(i===hc)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return i===Ji?n.UNSIGNED_INT_24_8:n[i]!==void 0?n[i]:null}return{convert:t}}var gS=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,bS=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,Hu=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let i=new sa(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=i}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,i=new On({vertexShader:gS,fragmentShader:bS,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new $t(new qi(20,20),i)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},Wu=class extends En{constructor(e,t){super();let i=this,r=null,s=1,a=null,o="local-floor",l=1,c=null,h=null,f=null,u=null,d=null,p=null,b=typeof XRWebGLBinding<"u",g=new Hu,m={},_=t.getContextAttributes(),A=null,M=null,E=[],w=[],x=new Te,S=null,N=null,C=new Ht;C.viewport=new ht;let P=new Ht;P.viewport=new ht;let L=[C,P],k=new Ml,R=null,F=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(U){let ne=E[U];return ne===void 0&&(ne=new Kr,E[U]=ne),ne.getTargetRaySpace()},this.getControllerGrip=function(U){let ne=E[U];return ne===void 0&&(ne=new Kr,E[U]=ne),ne.getGripSpace()},this.getHand=function(U){let ne=E[U];return ne===void 0&&(ne=new Kr,E[U]=ne),ne.getHandSpace()};function W(U){let ne=w.indexOf(U.inputSource);if(ne===-1)return;let ae=E[ne];ae!==void 0&&(ae.update(U.inputSource,U.frame,c||a),ae.dispatchEvent({type:U.type,data:U.inputSource}))}function z(){r.removeEventListener("select",W),r.removeEventListener("selectstart",W),r.removeEventListener("selectend",W),r.removeEventListener("squeeze",W),r.removeEventListener("squeezestart",W),r.removeEventListener("squeezeend",W),r.removeEventListener("end",z),r.removeEventListener("inputsourceschange",Q);for(let U=0;U<E.length;U++){let ne=w[U];ne!==null&&(w[U]=null,E[U].disconnect(ne))}R=null,F=null,g.reset();for(let U in m)delete m[U];if(e.setRenderTarget(A),d=null,u=null,f=null,r=null,M=null,Ne.stop(),i.isPresenting=!1,e.setPixelRatio(S),e.setSize(x.width,x.height,!1),N!==null){let U=N.camera;U.fov=N.fov,U.zoom=N.zoom,U.updateProjectionMatrix(),N=null}i.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(U){s=U,i.isPresenting===!0&&Pe("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(U){o=U,i.isPresenting===!0&&Pe("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||a},this.setReferenceSpace=function(U){c=U},this.getBaseLayer=function(){return u!==null?u:d},this.getBinding=function(){return f===null&&b&&(f=new XRWebGLBinding(r,t)),f},this.getFrame=function(){return p},this.getSession=function(){return r},this.setSession=async function(U){if(r=U,r!==null){if(A=e.getRenderTarget(),r.addEventListener("select",W),r.addEventListener("selectstart",W),r.addEventListener("selectend",W),r.addEventListener("squeeze",W),r.addEventListener("squeezestart",W),r.addEventListener("squeezeend",W),r.addEventListener("end",z),r.addEventListener("inputsourceschange",Q),_.xrCompatible!==!0&&await t.makeXRCompatible(),S=e.getPixelRatio(),e.getSize(x),b&&"createProjectionLayer"in XRWebGLBinding.prototype){let ae=null,ye=null,oe=null;_.depth&&(oe=_.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,ae=_.stencil?ii:jn,ye=_.stencil?Ji:Cn);let Ee={colorFormat:t.RGBA8,depthFormat:oe,scaleFactor:s};f=this.getBinding(),u=f.createProjectionLayer(Ee),r.updateRenderState({layers:[u]}),e.setPixelRatio(1),e.setSize(u.textureWidth,u.textureHeight,!1),M=new an(u.textureWidth,u.textureHeight,{format:Pn,type:Jt,depthTexture:new ti(u.textureWidth,u.textureHeight,ye,void 0,void 0,void 0,void 0,void 0,void 0,ae),stencilBuffer:_.stencil,colorSpace:e.outputColorSpace,samples:_.antialias?4:0,resolveDepthBuffer:u.ignoreDepthValues===!1,resolveStencilBuffer:u.ignoreDepthValues===!1,storeMultisampledDepthBuffer:u.ignoreDepthValues===!1,storeMultisampledStencilBuffer:u.ignoreDepthValues===!1})}else{let ae={antialias:_.antialias,alpha:!0,depth:_.depth,stencil:_.stencil,framebufferScaleFactor:s};d=new XRWebGLLayer(r,t,ae),r.updateRenderState({baseLayer:d}),e.setPixelRatio(1),e.setSize(d.framebufferWidth,d.framebufferHeight,!1),M=new an(d.framebufferWidth,d.framebufferHeight,{format:Pn,type:Jt,colorSpace:e.outputColorSpace,stencilBuffer:_.stencil,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}M.isXRRenderTarget=!0,this.setFoveation(l),c=null,a=await r.requestReferenceSpace(o),Ne.setContext(r),Ne.start(),i.isPresenting=!0,i.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return g.getDepthTexture()};function Q(U){for(let ne=0;ne<U.removed.length;ne++){let ae=U.removed[ne],ye=w.indexOf(ae);ye>=0&&(w[ye]=null,E[ye].disconnect(ae))}for(let ne=0;ne<U.added.length;ne++){let ae=U.added[ne],ye=w.indexOf(ae);if(ye===-1){for(let Ee=0;Ee<E.length;Ee++)if(Ee>=w.length){w.push(ae),ye=Ee;break}else if(w[Ee]===null){w[Ee]=ae,ye=Ee;break}if(ye===-1)break}let oe=E[ye];oe&&oe.connect(ae)}}function $(U,ne){ne===null?U.matrixWorld.copy(U.matrix):U.matrixWorld.multiplyMatrices(ne.matrixWorld,U.matrix),U.matrixWorldInverse.copy(U.matrixWorld).invert()}this.updateCamera=function(U){if(r===null)return;let ne=U.near,ae=U.far;g.texture!==null&&(g.depthNear>0&&(ne=g.depthNear),g.depthFar>0&&(ae=g.depthFar)),k.near=P.near=C.near=ne,k.far=P.far=C.far=ae,(R!==k.near||F!==k.far)&&(r.updateRenderState({depthNear:k.near,depthFar:k.far}),R=k.near,F=k.far),k.layers.mask=U.layers.mask|6,C.layers.mask=k.layers.mask&-5,P.layers.mask=k.layers.mask&-3;let ye=U.parent,oe=k.cameras;$(k,ye);for(let Ee=0;Ee<oe.length;Ee++)$(oe[Ee],ye);k.projectionMatrix.copy(C.projectionMatrix),k.projectionMatrixInverse.copy(C.projectionMatrixInverse),N===null&&U.isPerspectiveCamera&&(N={camera:U,fov:U.fov,zoom:U.zoom}),K(U,k,ye)};function K(U,ne,ae){ae===null?U.matrix.copy(ne.matrixWorld):(U.matrix.copy(ae.matrixWorld),U.matrix.invert(),U.matrix.multiply(ne.matrixWorld)),U.matrix.decompose(U.position,U.quaternion,U.scale),U.updateMatrixWorld(!0),U.projectionMatrix.copy(ne.projectionMatrix),U.projectionMatrixInverse.copy(ne.projectionMatrixInverse),U.isPerspectiveCamera&&(U.fov=qr*2*Math.atan(1/U.projectionMatrix.elements[5]),U.zoom=1)}this.getCamera=function(){return k},this.getFoveation=function(){if(!(u===null&&d===null))return l},this.setFoveation=function(U){l=U,u!==null&&(u.fixedFoveation=U),d!==null&&d.fixedFoveation!==void 0&&(d.fixedFoveation=U)},this.hasDepthSensing=function(){return g.texture!==null},this.getDepthSensingMesh=function(){return g.getMesh(k)},this.getCameraTexture=function(U){return m[U]};let ee=null;function _e(U,ne){if(h=ne.getViewerPose(c||a),p=ne,h!==null){let ae=h.views;d!==null&&(e.setRenderTargetFramebuffer(M,d.framebuffer),e.setRenderTarget(M));let ye=!1;ae.length!==k.cameras.length&&(k.cameras.length=0,ye=!0);for(let Re=0;Re<ae.length;Re++){let et=ae[Re],it=null;if(d!==null)it=d.getViewport(et);else{let Lt=f.getViewSubImage(u,et);it=Lt.viewport,Re===0&&(e.setRenderTargetTextures(M,Lt.colorTexture,Lt.depthStencilTexture),e.setRenderTarget(M))}let He=L[Re];He===void 0&&(He=new Ht,He.layers.enable(Re),He.viewport=new ht,L[Re]=He),He.matrix.fromArray(et.transform.matrix),He.matrix.decompose(He.position,He.quaternion,He.scale),He.projectionMatrix.fromArray(et.projectionMatrix),He.projectionMatrixInverse.copy(He.projectionMatrix).invert(),He.viewport.set(it.x,it.y,it.width,it.height),Re===0&&(k.matrix.copy(He.matrix),k.matrix.decompose(k.position,k.quaternion,k.scale)),ye===!0&&k.cameras.push(He)}let oe=r.enabledFeatures;if(oe&&oe.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&b){f=i.getBinding();let Re=f.getDepthInformation(ae[0]);Re&&Re.isValid&&Re.texture&&g.init(Re,r.renderState)}if(oe&&oe.includes("camera-access")&&b){e.state.unbindTexture(),f=i.getBinding();for(let Re=0;Re<ae.length;Re++){let et=ae[Re].camera;if(et){let it=m[et];it||(it=new sa,m[et]=it);let He=f.getCameraImage(et);it.sourceTexture=He}}}}for(let ae=0;ae<E.length;ae++){let ye=w[ae],oe=E[ae];ye!==null&&oe!==void 0&&oe.update(ye,ne,c||a)}ee&&ee(U,ne),ne.detectedPlanes&&i.dispatchEvent({type:"planesdetected",data:ne}),p=null}let Ne=new sg;Ne.setAnimationLoop(_e),this.setAnimationLoop=function(U){ee=U},this.dispose=function(){}}},xS=new Ke,mg=new De;mg.set(-1,0,0,0,1,0,0,0,1);function yS(n,e){function t(g,m){g.matrixAutoUpdate===!0&&g.updateMatrix(),m.value.copy(g.matrix)}function i(g,m){m.color.getRGB(g.fogColor.value,Eu(n)),m.isFog?(g.fogNear.value=m.near,g.fogFar.value=m.far):m.isFogExp2&&(g.fogDensity.value=m.density)}function r(g,m,_,A,M){m.isNodeMaterial?m.uniformsNeedUpdate=!1:m.isMeshBasicMaterial?s(g,m):m.isMeshLambertMaterial?(s(g,m),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)):m.isMeshToonMaterial?(s(g,m),f(g,m)):m.isMeshPhongMaterial?(s(g,m),h(g,m),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)):m.isMeshStandardMaterial?(s(g,m),u(g,m),m.isMeshPhysicalMaterial&&d(g,m,M)):m.isMeshMatcapMaterial?(s(g,m),p(g,m)):m.isMeshDepthMaterial?s(g,m):m.isMeshDistanceMaterial?(s(g,m),b(g,m)):m.isMeshNormalMaterial?s(g,m):m.isLineBasicMaterial?(a(g,m),m.isLineDashedMaterial&&o(g,m)):m.isPointsMaterial?l(g,m,_,A):m.isSpriteMaterial?c(g,m):m.isShadowMaterial?(g.color.value.copy(m.color),g.opacity.value=m.opacity):m.isShaderMaterial&&(m.uniformsNeedUpdate=!1)}function s(g,m){g.opacity.value=m.opacity,m.color&&g.diffuse.value.copy(m.color),m.emissive&&g.emissive.value.copy(m.emissive).multiplyScalar(m.emissiveIntensity),m.map&&(g.map.value=m.map,t(m.map,g.mapTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.bumpMap&&(g.bumpMap.value=m.bumpMap,t(m.bumpMap,g.bumpMapTransform),g.bumpScale.value=m.bumpScale,m.side===qt&&(g.bumpScale.value*=-1)),m.normalMap&&(g.normalMap.value=m.normalMap,t(m.normalMap,g.normalMapTransform),g.normalScale.value.copy(m.normalScale),m.side===qt&&g.normalScale.value.negate()),m.displacementMap&&(g.displacementMap.value=m.displacementMap,t(m.displacementMap,g.displacementMapTransform),g.displacementScale.value=m.displacementScale,g.displacementBias.value=m.displacementBias),m.emissiveMap&&(g.emissiveMap.value=m.emissiveMap,t(m.emissiveMap,g.emissiveMapTransform)),m.specularMap&&(g.specularMap.value=m.specularMap,t(m.specularMap,g.specularMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest);let _=e.get(m),A=_.envMap,M=_.envMapRotation;A&&(g.envMap.value=A,g.envMapRotation.value.setFromMatrix4(xS.makeRotationFromEuler(M)).transpose(),A.isCubeTexture&&A.isRenderTargetTexture===!1&&g.envMapRotation.value.premultiply(mg),g.reflectivity.value=m.reflectivity,g.ior.value=m.ior,g.refractionRatio.value=m.refractionRatio),m.lightMap&&(g.lightMap.value=m.lightMap,g.lightMapIntensity.value=m.lightMapIntensity,t(m.lightMap,g.lightMapTransform)),m.aoMap&&(g.aoMap.value=m.aoMap,g.aoMapIntensity.value=m.aoMapIntensity,t(m.aoMap,g.aoMapTransform))}function a(g,m){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,m.map&&(g.map.value=m.map,t(m.map,g.mapTransform))}function o(g,m){g.dashSize.value=m.dashSize,g.totalSize.value=m.dashSize+m.gapSize,g.scale.value=m.scale}function l(g,m,_,A){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,g.size.value=m.size*_,g.scale.value=A*.5,m.map&&(g.map.value=m.map,t(m.map,g.uvTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest)}function c(g,m){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,g.rotation.value=m.rotation,m.map&&(g.map.value=m.map,t(m.map,g.mapTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest)}function h(g,m){g.specular.value.copy(m.specular),g.shininess.value=Math.max(m.shininess,1e-4)}function f(g,m){m.gradientMap&&(g.gradientMap.value=m.gradientMap)}function u(g,m){g.metalness.value=m.metalness,m.metalnessMap&&(g.metalnessMap.value=m.metalnessMap,t(m.metalnessMap,g.metalnessMapTransform)),g.roughness.value=m.roughness,m.roughnessMap&&(g.roughnessMap.value=m.roughnessMap,t(m.roughnessMap,g.roughnessMapTransform)),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)}function d(g,m,_){g.ior.value=m.ior,m.diffuseRoughness>0&&(g.diffuseRoughness.value=m.diffuseRoughness,m.diffuseRoughnessMap&&(g.diffuseRoughnessMap.value=m.diffuseRoughnessMap,t(m.diffuseRoughnessMap,g.diffuseRoughnessMapTransform))),m.sheen>0&&(g.sheenColor.value.copy(m.sheenColor).multiplyScalar(m.sheen),g.sheenRoughness.value=m.sheenRoughness,m.sheenColorMap&&(g.sheenColorMap.value=m.sheenColorMap,t(m.sheenColorMap,g.sheenColorMapTransform)),m.sheenRoughnessMap&&(g.sheenRoughnessMap.value=m.sheenRoughnessMap,t(m.sheenRoughnessMap,g.sheenRoughnessMapTransform))),m.clearcoat>0&&(g.clearcoat.value=m.clearcoat,g.clearcoatRoughness.value=m.clearcoatRoughness,m.clearcoatMap&&(g.clearcoatMap.value=m.clearcoatMap,t(m.clearcoatMap,g.clearcoatMapTransform)),m.clearcoatRoughnessMap&&(g.clearcoatRoughnessMap.value=m.clearcoatRoughnessMap,t(m.clearcoatRoughnessMap,g.clearcoatRoughnessMapTransform)),m.clearcoatNormalMap&&(g.clearcoatNormalMap.value=m.clearcoatNormalMap,t(m.clearcoatNormalMap,g.clearcoatNormalMapTransform),g.clearcoatNormalScale.value.copy(m.clearcoatNormalScale),m.side===qt&&g.clearcoatNormalScale.value.negate())),m.dispersion>0&&(g.dispersion.value=m.dispersion),m.retroreflectivity>0&&(g.retroreflectivity.value=m.retroreflectivity),m.iridescence>0&&(g.iridescence.value=m.iridescence,g.iridescenceIOR.value=m.iridescenceIOR,g.iridescenceThicknessMinimum.value=m.iridescenceThicknessMinimum,g.iridescenceThicknessMaximum.value=m.iridescenceThicknessMaximum,m.iridescenceMap&&(g.iridescenceMap.value=m.iridescenceMap,t(m.iridescenceMap,g.iridescenceMapTransform)),m.iridescenceThicknessMap&&(g.iridescenceThicknessMap.value=m.iridescenceThicknessMap,t(m.iridescenceThicknessMap,g.iridescenceThicknessMapTransform))),m.transmission>0&&(g.transmission.value=m.transmission,g.transmissionSamplerMap.value=_.texture,g.transmissionSamplerSize.value.set(_.width,_.height),m.transmissionMap&&(g.transmissionMap.value=m.transmissionMap,t(m.transmissionMap,g.transmissionMapTransform)),g.thickness.value=m.thickness,m.thicknessMap&&(g.thicknessMap.value=m.thicknessMap,t(m.thicknessMap,g.thicknessMapTransform)),g.attenuationDistance.value=m.attenuationDistance,g.attenuationColor.value.copy(m.attenuationColor)),m.anisotropy>0&&(g.anisotropyVector.value.set(m.anisotropy*Math.cos(m.anisotropyRotation),m.anisotropy*Math.sin(m.anisotropyRotation)),m.anisotropyMap&&(g.anisotropyMap.value=m.anisotropyMap,t(m.anisotropyMap,g.anisotropyMapTransform))),g.specularIntensity.value=m.specularIntensity,g.specularColor.value.copy(m.specularColor),m.specularColorMap&&(g.specularColorMap.value=m.specularColorMap,t(m.specularColorMap,g.specularColorMapTransform)),m.specularIntensityMap&&(g.specularIntensityMap.value=m.specularIntensityMap,t(m.specularIntensityMap,g.specularIntensityMapTransform))}function p(g,m){m.matcap&&(g.matcap.value=m.matcap)}function b(g,m){let _=e.get(m).light;g.referencePosition.value.setFromMatrixPosition(_.matrixWorld),g.nearDistance.value=_.shadow.camera.near,g.farDistance.value=_.shadow.camera.far}return{refreshFogUniforms:i,refreshMaterialUniforms:r}}function _S(n,e,t,i){let r={},s={};function a(_,A){let M=A.program;i.uniformBlockBinding(_,M,r[_.id])}function o(_,A){let M=r[_.id];M===void 0&&(p(_),M=l(_),r[_.id]=M,_.addEventListener("dispose",g));let E=A.program;i.updateUBOMapping(_,E);let w=e.render.frame;s[_.id]!==w&&(c(_),s[_.id]=w)}function l(_){let A=n.createBuffer(),M=_.__size,E=_.usage;return n.bindBuffer(n.UNIFORM_BUFFER,A),n.bufferData(n.UNIFORM_BUFFER,M,E),n.bindBuffer(n.UNIFORM_BUFFER,null),A}function c(_){let A=r[_.id],M=_.uniforms,E=_.__cache;n.bindBuffer(n.UNIFORM_BUFFER,A);for(let w=0,x=M.length;w<x;w++){let S=M[w];if(Array.isArray(S))for(let N=0,C=S.length;N<C;N++)h(S[N],w,N,E);else h(S,w,0,E)}n.bindBuffer(n.UNIFORM_BUFFER,null)}function h(_,A,M,E){if(u(_,A,M,E)===!0){let w=_.__offset,x=_.value;if(Array.isArray(x)){let S=0;for(let N=0;N<x.length;N++){let C=x[N],P=b(C,!0);f(C,_.__data,S),S+=P.storage/Float32Array.BYTES_PER_ELEMENT}}else f(x,_.__data,0);n.bufferSubData(n.UNIFORM_BUFFER,w,_.__data)}}function f(_,A,M){typeof _=="number"||typeof _=="boolean"?A[M]=_:_.isMatrix3?(A[M]=_.elements[0],A[M+1]=_.elements[1],A[M+2]=_.elements[2],A[M+3]=0,A[M+4]=_.elements[3],A[M+5]=_.elements[4],A[M+6]=_.elements[5],A[M+7]=0,A[M+8]=_.elements[6],A[M+9]=_.elements[7],A[M+10]=_.elements[8],A[M+11]=0):ArrayBuffer.isView(_)?A.set(_.subarray(0,A.length-M),M):_.toArray(A,M)}function u(_,A,M,E){let w=_.value,x=A+"_"+M;if(Array.isArray(w)){E[x]===void 0&&(E[x]=[]);let S=E[x],N=!1;for(let C=0;C<w.length;C++)d(w[C],S,C)===!0&&(N=!0);return N}return d(w,E,x)}function d(_,A,M){if(A[M]===void 0)return typeof _=="number"||typeof _=="boolean"?A[M]=_:ArrayBuffer.isView(_)?A[M]=_.slice():A[M]=_.clone(),!0;{let E=A[M];if(typeof _=="number"||typeof _=="boolean"){if(E!==_)return A[M]=_,!0}else{if(ArrayBuffer.isView(_))return!0;if(E.equals(_)===!1)return E.copy(_),!0}}return!1}function p(_){let A=_.uniforms,M=0,E=16;for(let x=0,S=A.length;x<S;x++){let N=Array.isArray(A[x])?A[x]:[A[x]];for(let C=0,P=N.length;C<P;C++){let L=N[C],k=Array.isArray(L.value)?L.value:[L.value],R=Array.isArray(A[x])||Array.isArray(L.value),F=M;for(let z=0,Q=k.length;z<Q;z++){let $=k[z],K=b($,R),ee=M%E,_e=ee%K.boundary,Ne=ee+_e;M+=_e,Ne!==0&&E-Ne<K.storage&&(M+=E-Ne),z===0&&(F=M),M+=K.storage}let W=L.type==="int"?Int32Array:L.type==="uint"?Uint32Array:Float32Array;L.__data=new W((M-F)/Float32Array.BYTES_PER_ELEMENT),L.__offset=F}}let w=M%E;return w>0&&(M+=E-w),_.__size=M,_.__cache={},this}function b(_,A){let M={boundary:0,storage:0};return typeof _=="number"||typeof _=="boolean"?(M.boundary=4,M.storage=4):_.isVector2?(M.boundary=8,M.storage=8):_.isVector3||_.isColor?(M.boundary=16,M.storage=12):_.isVector4?(M.boundary=16,M.storage=16):_.isMatrix3?(M.boundary=16,M.storage=48):_.isMatrix4?(M.boundary=16,M.storage=64):_.isTexture?Pe("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(_)?(M.boundary=16,M.storage=_.byteLength):Pe("WebGLRenderer: Unsupported uniform value type.",_),A===!0&&(M.boundary=16,M.storage=Math.ceil(M.storage/16)*16),M}function g(_){let A=_.target;A.removeEventListener("dispose",g),n.deleteBuffer(r[A.id]),delete r[A.id],delete s[A.id]}function m(){for(let _ in r)n.deleteBuffer(r[_]);r={},s={}}return{bind:a,update:o,dispose:m}}var vS=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),kn=null;function MS(){return kn===null&&(kn=new ea(vS,16,16,Ai,Rn),kn.name="DFG_LUT",kn.minFilter=Wt,kn.magFilter=Wt,kn.wrapS=Un,kn.wrapT=Un,kn.generateMipmaps=!1,kn.needsUpdate=!0),kn}var gc=class{constructor(e={}){let{canvas:t=Rm(),context:i=null,depth:r=!0,stencil:s=!1,alpha:a=!1,antialias:o=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:h="default",failIfMajorPerformanceCaveat:f=!1,reversedDepthBuffer:u=!1,outputBufferType:d=Jt}=e;this.isWebGLRenderer=!0;let p;if(i!==null){if(typeof WebGLRenderingContext<"u"&&i instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");p=i.getContextAttributes().alpha}else p=a;let b=d,g=new Set([Dl,Nl,Ll]),m=new Set([Jt,Cn,cs,Ji,Rl,Pl]),_=new Uint32Array(4),A=new Int32Array(4),M={textures:[],min:[],max:[],resolution:[]},E=null,w=null,x=[],S=[],N=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Bn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let C=this,P=!1,L=null,k=null,R=null,F=null;this._outputColorSpace=Dt;let W=0,z=0,Q=null,$=-1,K=null,ee=new ht,_e=new ht,Ne=null,U=new Oe(0),ne=0,ae=t.width,ye=t.height,oe=1,Ee=null,nt=null,Re=new ht(0,0,ae,ye),et=new ht(0,0,ae,ye),it=!1,He=new bi,Lt=new sl,yt=!1,Yt=!1,ut=new Ke,In=new B,Et=new ht,ln={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},cn=!1;function hn(){return Q===null?oe:1}let O=i;function un(v,D){return t.getContext(v,D)}let lt,ct,me,_t,Ie,Fe,T,y,G,te,j,le,de,Y,Z,he,I,J,q,ue,se,ce,Ae;try{let v={alpha:!0,depth:r,stencil:s,antialias:o,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:h,failIfMajorPerformanceCaveat:f};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Ce,!1),t.addEventListener("webglcontextrestored",ke,!1),t.addEventListener("webglcontextcreationerror",ge,!1),O===null){let D="webgl2";if(O=un(D,v),O===null)throw un(D)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}ze()}catch(v){throw t.removeEventListener("webglcontextlost",Ce,!1),t.removeEventListener("webglcontextrestored",ke,!1),t.removeEventListener("webglcontextcreationerror",ge,!1),Le("WebGLRenderer: "+v.message),v}function ze(){lt=new NM(O),lt.init(),se=new mS(O,lt),ct=new MM(O,lt,e,se),me=new dS(O,lt),ct.reversedDepthBuffer&&u&&me.buffers.depth.setReversed(!0),k=O.createFramebuffer(),R=O.createFramebuffer(),F=O.createFramebuffer(),_t=new UM(O),Ie=new Q1,Fe=new pS(O,lt,me,Ie,ct,se,_t),T=new LM(C),y=new By(O),ce=new _M(O,y),G=new DM(O,y,_t,ce),te=new BM(O,G,y,ce,_t),J=new OM(O,ct,Fe),Z=new SM(Ie),j=new j1(C,T,lt,ct,ce,Z),le=new yS(C,Ie),de=new tS,Y=new oS(lt),I=new yM(C,T,me,te,p,l),he=new fS(C,te,ct),Ae=new _S(O,_t,ct,me),q=new vM(O,lt,_t),ue=new FM(O,lt,_t),_t.programs=j.programs,C.capabilities=ct,C.extensions=lt,C.properties=Ie,C.renderLists=de,C.shadowMap=he,C.state=me,C.info=_t}b!==Jt&&(N=new zM(b,t.width,t.height,o,r,s));let re=new Wu(C,O);this.xr=re,this.getContext=function(){return O},this.getContextAttributes=function(){return O.getContextAttributes()},this.forceContextLoss=function(){let v=lt.get("WEBGL_lose_context");v&&v.loseContext()},this.forceContextRestore=function(){let v=lt.get("WEBGL_lose_context");v&&v.restoreContext()},this.getPixelRatio=function(){return oe},this.setPixelRatio=function(v){v!==void 0&&(oe=v,this.setSize(ae,ye,!1))},this.getSize=function(v){return v.set(ae,ye)},this.setSize=function(v,D,X=!0){if(re.isPresenting){Pe("WebGLRenderer: Can't change size while VR device is presenting.");return}ae=v,ye=D,t.width=Math.floor(v*oe),t.height=Math.floor(D*oe),X===!0&&(t.style.width=v+"px",t.style.height=D+"px"),N!==null&&N.setSize(t.width,t.height),this.setViewport(0,0,v,D)},this.getDrawingBufferSize=function(v){return v.set(ae*oe,ye*oe).floor()},this.setDrawingBufferSize=function(v,D,X){ae=v,ye=D,oe=X,t.width=Math.floor(v*X),t.height=Math.floor(D*X),this.setViewport(0,0,v,D)},this.setEffects=function(v){if(b===Jt){Le("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(v){for(let D=0;D<v.length;D++)if(v[D].isOutputPass===!0){Pe("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}N.setEffects(v||[])},this.getCurrentViewport=function(v){return v.copy(ee)},this.getViewport=function(v){return v.copy(Re)},this.setViewport=function(v,D,X,V){v.isVector4?Re.set(v.x,v.y,v.z,v.w):Re.set(v,D,X,V),me.viewport(ee.copy(Re).multiplyScalar(hn()).round())},this.getScissor=function(v){return v.copy(et)},this.setScissor=function(v,D,X,V){v.isVector4?et.set(v.x,v.y,v.z,v.w):et.set(v,D,X,V),me.scissor(_e.copy(et).multiplyScalar(hn()).round())},this.getScissorTest=function(){return it},this.setScissorTest=function(v){me.setScissorTest(it=v)},this.setOpaqueSort=function(v){Ee=v},this.setTransparentSort=function(v){nt=v},this.getClearColor=function(v){return v.copy(I.getClearColor())},this.setClearColor=function(){I.setClearColor(...arguments)},this.getClearAlpha=function(){return I.getClearAlpha()},this.setClearAlpha=function(){I.setClearAlpha(...arguments)},this.clear=function(v=!0,D=!0,X=!0){let V=0;if(v){let H=!1;if(Q!==null){let pe=Q.texture.format;H=g.has(pe)}if(H){let pe=Q.texture.type,ve=m.has(pe),fe=I.getClearColor(),xe=I.getClearAlpha(),we=fe.r,Ue=fe.g,We=fe.b;ve?(_[0]=we,_[1]=Ue,_[2]=We,_[3]=xe,O.clearBufferuiv(O.COLOR,0,_)):(A[0]=we,A[1]=Ue,A[2]=We,A[3]=xe,O.clearBufferiv(O.COLOR,0,A))}else V|=O.COLOR_BUFFER_BIT}D&&(V|=O.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),X&&(V|=O.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),V!==0&&O.clear(V)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(v){v.setRenderer(this),L=v},this.dispose=function(){t.removeEventListener("webglcontextlost",Ce,!1),t.removeEventListener("webglcontextrestored",ke,!1),t.removeEventListener("webglcontextcreationerror",ge,!1),I.dispose(),de.dispose(),Y.dispose(),Fe.dispose(),Ie.dispose(),T.dispose(),te.dispose(),G.dispose(),ce.dispose(),Ae.dispose(),j.dispose(),re.dispose(),re.removeEventListener("sessionstart",sf),re.removeEventListener("sessionend",af),Ci.stop()};function Ce(v){v.preventDefault(),Ys("WebGLRenderer: Context Lost."),P=!0}function ke(){Ys("WebGLRenderer: Context Restored."),P=!1;let v=_t.autoReset,D=he.enabled,X=he.autoUpdate,V=he.needsUpdate,H=he.type;ze(),_t.autoReset=v,he.enabled=D,he.autoUpdate=X,he.needsUpdate=V,he.type=H}function ge(v){Le("WebGLRenderer: A WebGL context could not be created. Reason: ",v.statusMessage)}function tt(v){let D=v.target;D.removeEventListener("dispose",tt),Tt(D)}function Tt(v){ai(v),Ie.remove(v)}function ai(v){let D=Ie.get(v).programs;D!==void 0&&(D.forEach(function(X){j.releaseProgram(X)}),v.isShaderMaterial&&j.releaseShaderCache(v))}this.renderBufferDirect=function(v,D,X,V,H,pe){D===null&&(D=ln);let ve=H.isMesh&&H.matrixWorld.determinantAffine()<0,fe=r0(v,D,X,V,H);me.setMaterial(V,ve);let xe=X.index,we=1;if(V.wireframe===!0){if(xe=G.getWireframeAttribute(X),xe===void 0)return;we=2}let Ue=X.drawRange,We=X.attributes.position,Me=Ue.start*we,Xe=(Ue.start+Ue.count)*we;pe!==null&&(Me=Math.max(Me,pe.start*we),Xe=Math.min(Xe,(pe.start+pe.count)*we)),xe!==null?(Me=Math.max(Me,0),Xe=Math.min(Xe,xe.count)):We!=null&&(Me=Math.max(Me,0),Xe=Math.min(Xe,We.count));let mt=Xe-Me;if(mt<0||mt===1/0)return;ce.setup(H,V,fe,X,xe);let at,rt=q;if(xe!==null&&(at=y.get(xe),rt=ue,rt.setIndex(at)),H.isMesh)V.wireframe===!0?(me.setLineWidth(V.wireframeLinewidth*hn()),rt.setMode(O.LINES)):rt.setMode(O.TRIANGLES);else if(H.isLine){let Ut=V.linewidth;Ut===void 0&&(Ut=1),me.setLineWidth(Ut*hn()),H.isLineSegments?rt.setMode(O.LINES):H.isLineLoop?rt.setMode(O.LINE_LOOP):rt.setMode(O.LINE_STRIP)}else H.isPoints?rt.setMode(O.POINTS):H.isSprite&&rt.setMode(O.TRIANGLES);if(H.isBatchedMesh)if(lt.get("WEBGL_multi_draw"))rt.renderMultiDraw(H._multiDrawStarts,H._multiDrawCounts,H._multiDrawCount);else{let Ut=H._multiDrawStarts,Se=H._multiDrawCounts,Vt=H._multiDrawCount,Je=xe?y.get(xe).bytesPerElement:1,Ri=Ie.get(V).currentProgram.getUniforms();for(let Ot=0;Ot<Vt;Ot++)Ri.setValue(O,"_gl_DrawID",Ot),rt.render(Ut[Ot]/Je,Se[Ot])}else if(H.isInstancedMesh)rt.renderInstances(Me,mt,H.count);else if(X.isInstancedBufferGeometry){let Ut=X._maxInstanceCount!==void 0?X._maxInstanceCount:1/0,Se=Math.min(X.instanceCount,Ut);rt.renderInstances(Me,mt,Se)}else rt.render(Me,mt)};function rf(v,D,X,V){L!==null&&v.isNodeMaterial&&L.setObject(V,v),yt===!0&&Z.setState(v,X,!1),v.transparent===!0&&v.side===bn&&v.forceSinglePass===!1?(v.side=qt,v.needsUpdate=!0,_s(v,D,V),v.side=wi,v.needsUpdate=!0,_s(v,D,V),v.side=bn):_s(v,D,V)}this.compile=function(v,D,X=null){X===null&&(X=v),L!==null&&L.renderStart(v,D,X),w=Y.get(X),w.init(D),S.push(w),X.traverseVisible(function(H){H.isLight&&H.layers.test(D.layers)&&(w.pushLight(H),H.castShadow&&w.pushShadow(H))}),v!==X&&v.traverseVisible(function(H){H.isLight&&H.layers.test(D.layers)&&(w.pushLight(H),H.castShadow&&w.pushShadow(H))}),w.setupLights(),L!==null&&L.updateLights(w.state.lightsArray),Yt=this.localClippingEnabled,yt=Z.init(this.clippingPlanes,Yt),yt===!0&&Z.setGlobalState(this.clippingPlanes,D),L!==null&&he.render(w.state.shadowsArray,X,D);let V=new Set;return v.traverse(function(H){if(!(H.isMesh||H.isPoints||H.isLine||H.isSprite))return;let pe=H.material;if(pe)if(Array.isArray(pe))for(let ve=0;ve<pe.length;ve++){let fe=pe[ve];rf(fe,X,D,H),V.add(fe)}else rf(pe,X,D,H),V.add(pe)}),w=S.pop(),L!==null&&L.renderEnd(),V},this.compileAsync=function(v,D,X=null){let V=this.compile(v,D,X);return new Promise(H=>{function pe(){if(V.forEach(function(ve){let xe=Ie.get(ve).currentProgram;(xe===void 0||xe.isReady())&&V.delete(ve)}),V.size===0){H(v);return}setTimeout(pe,10)}lt.get("KHR_parallel_shader_compile")!==null?pe():setTimeout(pe,10)})};let Dc=null;function n0(v){Dc&&Dc(v)}function sf(){Ci.stop()}function af(){Ci.start()}let Ci=new sg;Ci.setAnimationLoop(n0),typeof self<"u"&&Ci.setContext(self),this.setAnimationLoop=function(v){Dc=v,re.setAnimationLoop(v),v===null?Ci.stop():Ci.start()},re.addEventListener("sessionstart",sf),re.addEventListener("sessionend",af),this.render=function(v,D){if(D!==void 0&&D.isCamera!==!0){Le("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(P===!0)return;L!==null&&L.renderStart(v,D);let X=re.enabled===!0&&re.isPresenting===!0,V=N!==null&&(Q===null||X)&&N.begin(C,Q);if(v.matrixWorldAutoUpdate===!0&&v.updateMatrixWorld(),D.parent===null&&D.matrixWorldAutoUpdate===!0&&D.updateMatrixWorld(),re.enabled===!0&&re.isPresenting===!0&&(N===null||N.isCompositing()===!1)&&(re.cameraAutoUpdate===!0&&re.updateCamera(D),D=re.getCamera()),v.isScene===!0&&v.onBeforeRender(C,v,D,Q),w=Y.get(v,S.length),w.init(D),w.state.textureUnits=Fe.getTextureUnits(),S.push(w),ut.multiplyMatrices(D.projectionMatrix,D.matrixWorldInverse),D.isArrayCamera?Lt.setFromArrayCamera(D):He.setFromProjectionMatrix(ut,pn,D.reversedDepth),Yt=this.localClippingEnabled,yt=Z.init(this.clippingPlanes,Yt),E=de.get(v,x.length),E.init(),x.push(E),this.info.render.frame++,re.enabled===!0&&re.isPresenting===!0){let ve=C.xr.getDepthSensingMesh();ve!==null&&Fc(ve,D,-1/0,C.sortObjects)}Fc(v,D,0,C.sortObjects),E.finish(),L!==null&&L.updateLights(w.state.lightsArray),C.sortObjects===!0&&E.sort(Ee,nt),cn=re.enabled===!1||re.isPresenting===!1||re.hasDepthSensing()===!1,cn&&I.addToRenderList(E,v),this.info.autoReset===!0&&this.info.reset(),yt===!0&&Z.beginShadows();let H=w.state.shadowsArray;if(he.render(H,v,D),yt===!0&&Z.endShadows(),(V&&N.hasRenderPass())===!1){let ve=E.opaque,fe=E.transmissive;if(w.setupLights(),D.isArrayCamera){let xe=D.cameras;if(fe.length>0)for(let we=0,Ue=xe.length;we<Ue;we++){let We=xe[we];lf(ve,fe,v,We)}cn&&I.render(v);for(let we=0,Ue=xe.length;we<Ue;we++){let We=xe[we];of(E,v,We,We.viewport)}}else fe.length>0&&lf(ve,fe,v,D),cn&&I.render(v),of(E,v,D)}Q!==null&&z===0&&(Fe.updateMultisampleRenderTarget(Q),Fe.updateRenderTargetMipmap(Q)),V&&N.end(C),v.isScene===!0&&v.onAfterRender(C,v,D),ce.resetDefaultState(),$=-1,K=null,S.pop(),S.length>0?(w=S[S.length-1],Fe.setTextureUnits(w.state.textureUnits),yt===!0&&Z.setGlobalState(C.clippingPlanes,w.state.camera)):w=null,x.pop(),x.length>0?E=x[x.length-1]:E=null,L!==null&&L.renderEnd()};function Fc(v,D,X,V){if(v.visible===!1)return;if(v.layers.test(D.layers)){if(v.isGroup)X=v.renderOrder;else if(v.isLOD)v.autoUpdate===!0&&v.update(D);else if(v.isLight)w.pushLight(v),v.castShadow&&w.pushShadow(v);else if(v.isSprite){let ve=D.isArrayCamera?Lt:He;if(!v.frustumCulled||v.intersectsFrustum(ve)){V&&Et.setFromMatrixPosition(v.matrixWorld).applyMatrix4(ut);let fe=te.update(v),xe=v.material;xe.visible&&E.push(v,fe,xe,X,Et.z,null,D)}}else if(v.isMesh||v.isLine||v.isPoints){let ve=D.isArrayCamera?Lt:He;if(!v.frustumCulled||v.intersectsFrustum(ve)){let fe=te.update(v),xe=v.material;if(V&&(v.boundingSphere!==void 0?(v.boundingSphere===null&&v.computeBoundingSphere(),Et.copy(v.boundingSphere.center)):(fe.boundingSphere===null&&fe.computeBoundingSphere(),Et.copy(fe.boundingSphere.center)),Et.applyMatrix4(v.matrixWorld).applyMatrix4(ut)),Array.isArray(xe)){let we=fe.groups;for(let Ue=0,We=we.length;Ue<We;Ue++){let Me=we[Ue],Xe=xe[Me.materialIndex];Xe&&Xe.visible&&E.push(v,fe,Xe,X,Et.z,Me,D)}}else xe.visible&&E.push(v,fe,xe,X,Et.z,null,D)}}}let pe=v.children;for(let ve=0,fe=pe.length;ve<fe;ve++)Fc(pe[ve],D,X,V)}function of(v,D,X,V){let{opaque:H,transmissive:pe,transparent:ve}=v;w.setupLightsView(X),yt===!0&&Z.setGlobalState(C.clippingPlanes,X),V&&me.viewport(ee.copy(V)),H.length>0&&Da(H,D,X),pe.length>0&&Da(pe,D,X),ve.length>0&&Da(ve,D,X),me.buffers.depth.setTest(!0),me.buffers.depth.setMask(!0),me.buffers.color.setMask(!0),me.setPolygonOffset(!1)}function lf(v,D,X,V){if((X.isScene===!0?X.overrideMaterial:null)!==null)return;if(w.state.transmissionRenderTarget[V.id]===void 0){let Me=lt.has("EXT_color_buffer_half_float")||lt.has("EXT_color_buffer_float");w.state.transmissionRenderTarget[V.id]=new an(1,1,{generateMipmaps:!0,type:Me?Rn:Jt,minFilter:ni,samples:Math.max(4,ct.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Ye.workingColorSpace})}let pe=w.state.transmissionRenderTarget[V.id],ve=V.viewport||ee;pe.setSize(ve.z*C.transmissionResolutionScale,ve.w*C.transmissionResolutionScale);let fe=C.getRenderTarget(),xe=C.getActiveCubeFace(),we=C.getActiveMipmapLevel();C.setRenderTarget(pe),C.getClearColor(U),ne=C.getClearAlpha(),ne<1&&C.setClearColor(16777215,.5),C.clear(),cn&&I.render(X);let Ue=C.toneMapping;C.toneMapping=Bn;let We=V.viewport;if(V.viewport!==void 0&&(V.viewport=void 0),w.setupLightsView(V),yt===!0&&Z.setGlobalState(C.clippingPlanes,V),Da(v,X,V),Fe.updateMultisampleRenderTarget(pe),Fe.updateRenderTargetMipmap(pe),lt.has("WEBGL_multisampled_render_to_texture")===!1){let Me=!1;for(let Xe=0,mt=D.length;Xe<mt;Xe++){let at=D[Xe],{object:rt,geometry:Ut,material:Se,group:Vt}=at;if(Se.side===bn&&rt.layers.test(V.layers)){let Je=Se.side;Se.side=qt,Se.needsUpdate=!0,cf(rt,X,V,Ut,Se,Vt),Se.side=Je,Se.needsUpdate=!0,Me=!0}}Me===!0&&(Fe.updateMultisampleRenderTarget(pe),Fe.updateRenderTargetMipmap(pe))}C.setRenderTarget(fe,xe,we),C.setClearColor(U,ne),We!==void 0&&(V.viewport=We),C.toneMapping=Ue}function Da(v,D,X){let V=D.isScene===!0?D.overrideMaterial:null;for(let H=0,pe=v.length;H<pe;H++){let ve=v[H],{object:fe,geometry:xe,group:we}=ve,Ue=ve.material;Ue.allowOverride===!0&&V!==null&&(Ue=V),fe.layers.test(X.layers)&&cf(fe,D,X,xe,Ue,we)}}function cf(v,D,X,V,H,pe){L!==null&&H.isNodeMaterial&&L.setObject(v,H),v.onBeforeRender(C,D,X,V,H,pe),v.modelViewMatrix.multiplyMatrices(X.matrixWorldInverse,v.matrixWorld),v.normalMatrix.getNormalMatrix(v.modelViewMatrix),H.onBeforeRender(C,D,X,V,v,pe),H.transparent===!0&&H.side===bn&&H.forceSinglePass===!1?(H.side=qt,H.needsUpdate=!0,C.renderBufferDirect(X,D,V,H,v,pe),H.side=wi,H.needsUpdate=!0,C.renderBufferDirect(X,D,V,H,v,pe),H.side=bn):C.renderBufferDirect(X,D,V,H,v,pe),v.onAfterRender(C,D,X,V,H,pe)}function hf(v){let D=0;for(let X of v)X.texture!==null&&D++;return D}function _s(v,D,X){D.isScene!==!0&&(D=ln);let V=Ie.get(v),H=w.state.lights,pe=w.state.shadowsArray,ve=H.state.version,fe=j.getParameters(v,H.state,pe,D,X,w.state.lightProbeGridArray),xe=j.getProgramCacheKey(fe),we=V.programs;V.environment=v.isMeshStandardMaterial||v.isMeshLambertMaterial||v.isMeshPhongMaterial?D.environment:null,V.fog=D.fog;let Ue=v.isMeshStandardMaterial||v.isMeshLambertMaterial&&!v.envMap||v.isMeshPhongMaterial&&!v.envMap;V.envMap=T.get(v.envMap||V.environment,Ue),V.envMapRotation=V.environment!==null&&v.envMap===null?D.environmentRotation:v.envMapRotation,we===void 0&&(v.addEventListener("dispose",tt),we=new Map,V.programs=we,V.programVariants=new Map);let We=we.get(xe);if(We!==void 0){if(V.currentProgram===We&&V.lightsStateVersion===ve)return ff(v,fe),We}else fe.uniforms=j.getUniforms(v),L!==null&&v.isNodeMaterial&&L.build(v,X,fe),v.onBeforeCompile(fe,C),We=j.acquireProgram(fe,xe),we.set(xe,We),V.uniforms=fe.uniforms;let Me=V.uniforms;return(!v.isShaderMaterial&&!v.isRawShaderMaterial||v.clipping===!0)&&(Me.clippingPlanes=Z.uniform),ff(v,fe),V.needsLights=a0(v),V.lightsStateVersion=ve,V.needsLights&&(Me.ambientLightColor.value=H.state.ambient,Me.lightProbe.value=H.state.probe,Me.sunLights.value=H.state.sun,Me.sunLightShadows.value=H.state.sunShadow,Me.directionalLights.value=H.state.directional,Me.directionalLightShadows.value=H.state.directionalShadow,Me.spotLights.value=H.state.spot,Me.spotLightShadows.value=H.state.spotShadow,Me.rectAreaLights.value=H.state.rectArea,Me.ltc_1.value=H.state.rectAreaLTC1,Me.ltc_2.value=H.state.rectAreaLTC2,Me.pointLights.value=H.state.point,Me.pointLightShadows.value=H.state.pointShadow,Me.hemisphereLights.value=H.state.hemi,Me.sunShadowMatrix.value=H.state.sunShadowMatrix,Me.sunShadowCascade.value=H.state.sunShadowCascade,Me.directionalShadowMatrix.value=H.state.directionalShadowMatrix,Me.spotLightMatrix.value=H.state.spotLightMatrix,Me.spotLightMap.value=H.state.spotLightMap,Me.pointShadowMatrix.value=H.state.pointShadowMatrix),V.numLightProbeGrids=hf(w.state.lightProbeGridArray),V.currentProgram=We,V.uniformsList=null,We}function i0(v,D,X,V,H){let pe=Ie.get(v),ve=pe.currentProgram.id+","+V+","+H,fe=pe.programVariants.get(ve);return fe===void 0?(fe=_s(v,D,X),pe.programVariants.set(ve,fe)):(pe.currentProgram=fe,pe.uniformsList=null,pe.outputColorSpace=V,pe.toneMapping=H),fe}function uf(v){if(v.uniformsList===null){let D=v.currentProgram.getUniforms();v.uniformsList=hs.seqWithValue(D.seq,v.uniforms)}return v.uniformsList}function ff(v,D){let X=Ie.get(v);X.outputColorSpace=D.outputColorSpace,X.batching=D.batching,X.batchingColor=D.batchingColor,X.instancing=D.instancing,X.instancingColor=D.instancingColor,X.instancingMorph=D.instancingMorph,X.skinning=D.skinning,X.morphTargets=D.morphTargets,X.morphNormals=D.morphNormals,X.morphColors=D.morphColors,X.morphTargetsCount=D.morphTargetsCount,X.numClippingPlanes=D.numClippingPlanes,X.numIntersection=D.numClipIntersection,X.vertexAlphas=D.vertexAlphas,X.vertexTangents=D.vertexTangents,X.toneMapping=D.toneMapping}function r0(v,D,X,V,H){D.isScene!==!0&&(D=ln),Fe.resetTextureUnits();let pe=D.fog,ve=V.isMeshStandardMaterial||V.isMeshLambertMaterial||V.isMeshPhongMaterial?D.environment:null,fe=Q===null?C.outputColorSpace:Q.isXRRenderTarget===!0?Q.texture.colorSpace:Ye.workingColorSpace,xe=V.isMeshStandardMaterial||V.isMeshLambertMaterial&&!V.envMap||V.isMeshPhongMaterial&&!V.envMap,we=T.get(V.envMap||ve,xe),Ue=V.vertexColors===!0&&!!X.attributes.color&&X.attributes.color.itemSize===4,We=!!X.attributes.tangent&&(!!V.normalMap||V.anisotropy>0),Me=!!X.morphAttributes.position,Xe=!!X.morphAttributes.normal,mt=!!X.morphAttributes.color,at=Bn;V.toneMapped&&(Q===null||Q.isXRRenderTarget===!0)&&(at=C.toneMapping);let rt=X.morphAttributes.position||X.morphAttributes.normal||X.morphAttributes.color,Ut=rt!==void 0?rt.length:0,Se=Ie.get(V),Vt=w.state.lights;if(yt===!0&&(Yt===!0||v!==K)){let ft=v===K&&V.id===$;Z.setState(V,v,ft)}let Je=!1,Ri=!1;V.version===Se.__version?Se.needsLights&&Se.lightsStateVersion!==Vt.state.version||H.isBatchedMesh&&Se.batching===!1||!H.isBatchedMesh&&Se.batching===!0||H.isBatchedMesh&&Se.batchingColor===!0&&H._colorsTexture===null||H.isBatchedMesh&&Se.batchingColor===!1&&H._colorsTexture!==null||H.isInstancedMesh&&Se.instancing===!1||!H.isInstancedMesh&&Se.instancing===!0||H.isSkinnedMesh&&Se.skinning===!1||!H.isSkinnedMesh&&Se.skinning===!0||H.isInstancedMesh&&Se.instancingColor===!0&&H.instanceColor===null||H.isInstancedMesh&&Se.instancingColor===!1&&H.instanceColor!==null||H.isInstancedMesh&&Se.instancingMorph===!0&&H.morphTexture===null||H.isInstancedMesh&&Se.instancingMorph===!1&&H.morphTexture!==null||Se.envMap!==we||V.fog===!0&&Se.fog!==pe||Se.numClippingPlanes!==void 0&&(Se.numClippingPlanes!==Z.numPlanes||Se.numIntersection!==Z.numIntersection)||Se.vertexAlphas!==Ue||Se.vertexTangents!==We||Se.morphTargets!==Me||Se.morphNormals!==Xe||Se.morphColors!==mt||Se.morphTargetsCount!==Ut||Se.numLightProbeGrids!==hf(w.state.lightProbeGridArray)?Je=!0:(Se.outputColorSpace!==fe||Se.toneMapping!==at)&&(Ri=!0):(Je=!0,Se.__version=V.version);let Ot=Se.currentProgram;(Je===!0||Ri===!0)&&(Ot=Ri===!0?i0(V,D,H,fe,at):_s(V,D,H),L&&V.isNodeMaterial&&L.onUpdateProgram(V,Ot,Se));let Fa=!1,oi=!1,Pi=!1,Ze=Ot.getUniforms(),Nt=Se.uniforms;if(me.useProgram(Ot.program)&&(Fa=!0,oi=!0,Pi=!0),V.id!==$&&($=V.id,oi=!0),Fa||K!==v){me.buffers.depth.getReversed()&&v.reversedDepth!==!0&&(v._reversedDepth=!0,v.updateProjectionMatrix()),Ze.setValue(O,"projectionMatrix",v.projectionMatrix),Ze.setValue(O,"viewMatrix",v.matrixWorldInverse);let Ct=Ze.map.cameraPosition;Ct!==void 0&&Ct.setValue(O,In.setFromMatrixPosition(v.matrixWorld)),ct.logarithmicDepthBuffer&&Ze.setValue(O,"logDepthBufFC",2/(Math.log(v.far+1)/Math.LN2)),(V.isMeshPhongMaterial||V.isMeshToonMaterial||V.isMeshLambertMaterial||V.isMeshBasicMaterial||V.isMeshStandardMaterial||V.isShaderMaterial)&&Ze.setValue(O,"isOrthographic",v.isOrthographicCamera===!0),K!==v&&(K=v,oi=!0,Pi=!0)}if(Se.needsLights&&(Vt.state.sunShadowMap.length>0&&Ze.setValue(O,"sunShadowMap",Vt.state.sunShadowMap,Fe),Vt.state.directionalShadowMap.length>0&&Ze.setValue(O,"directionalShadowMap",Vt.state.directionalShadowMap,Fe),Vt.state.spotShadowMap.length>0&&Ze.setValue(O,"spotShadowMap",Vt.state.spotShadowMap,Fe),Vt.state.pointShadowMap.length>0&&Ze.setValue(O,"pointShadowMap",Vt.state.pointShadowMap,Fe)),H.isSkinnedMesh){Ze.setOptional(O,H,"bindMatrix"),Ze.setOptional(O,H,"bindMatrixInverse");let ft=H.skeleton;ft&&(ft.boneTexture===null&&ft.computeBoneTexture(),Ze.setValue(O,"boneTexture",ft.boneTexture,Fe))}H.isBatchedMesh&&(Ze.setOptional(O,H,"batchingTexture"),Ze.setValue(O,"batchingTexture",H._matricesTexture,Fe),Ze.setOptional(O,H,"batchingIdTexture"),Ze.setValue(O,"batchingIdTexture",H._indirectTexture,Fe),Ze.setOptional(O,H,"batchingColorTexture"),H._colorsTexture!==null&&Ze.setValue(O,"batchingColorTexture",H._colorsTexture,Fe));let yn=X.morphAttributes;if((yn.position!==void 0||yn.normal!==void 0||yn.color!==void 0)&&J.update(H,X,Ot),(oi||Se.receiveShadow!==H.receiveShadow)&&(Se.receiveShadow=H.receiveShadow,Ze.setValue(O,"receiveShadow",H.receiveShadow)),(V.isMeshStandardMaterial||V.isMeshLambertMaterial||V.isMeshPhongMaterial)&&V.envMap===null&&D.environment!==null&&(Nt.envMapIntensity.value=D.environmentIntensity),Nt.dfgLUT!==void 0&&(Nt.dfgLUT.value=MS()),oi){if(Ze.setValue(O,"toneMappingExposure",C.toneMappingExposure),Se.needsLights&&s0(Nt,Pi),pe&&V.fog===!0&&le.refreshFogUniforms(Nt,pe),le.refreshMaterialUniforms(Nt,V,oe,ye,w.state.transmissionRenderTarget[v.id]),Se.needsLights&&Se.numLightProbeGrids>0){let ft=M,Ct=0;for(let Gn of w.state.lightProbeGridArray)Gn.texture!==null&&(ft.textures[Ct]=Gn.texture,ft.min[Ct]=Gn.boundingBox.min,ft.max[Ct]=Gn.boundingBox.max,ft.resolution[Ct]=Gn.resolution,Ct++);for(let Gn in ft)ft[Gn].length=Ct;Nt.probesSH.value=ft.textures,Nt.probesMin.value=ft.min,Nt.probesMax.value=ft.max,Nt.probesResolution.value=ft.resolution}hs.upload(O,uf(Se),Nt,Fe)}if(V.isShaderMaterial&&V.uniformsNeedUpdate===!0&&(hs.upload(O,uf(Se),Nt,Fe),V.uniformsNeedUpdate=!1),V.isSpriteMaterial&&Ze.setValue(O,"center",H.center),Ze.setValue(O,"modelViewMatrix",H.modelViewMatrix),Ze.setValue(O,"normalMatrix",H.normalMatrix),Ze.setValue(O,"modelMatrix",H.matrixWorld),V.uniformsGroups!==void 0){let ft=V.uniformsGroups;for(let Ct=0,Gn=ft.length;Ct<Gn;Ct++){let pf=ft[Ct];Ae.update(pf,Ot),Ae.bind(pf,Ot)}}return Ot}function s0(v,D){v.ambientLightColor.needsUpdate=D,v.lightProbe.needsUpdate=D,v.sunLights.needsUpdate=D,v.sunLightShadows.needsUpdate=D,v.directionalLights.needsUpdate=D,v.directionalLightShadows.needsUpdate=D,v.pointLights.needsUpdate=D,v.pointLightShadows.needsUpdate=D,v.spotLights.needsUpdate=D,v.spotLightShadows.needsUpdate=D,v.rectAreaLights.needsUpdate=D,v.hemisphereLights.needsUpdate=D}function a0(v){return v.isMeshLambertMaterial||v.isMeshToonMaterial||v.isMeshPhongMaterial||v.isMeshStandardMaterial||v.isShadowMaterial||v.isShaderMaterial&&v.lights===!0}this.getActiveCubeFace=function(){return W},this.getActiveMipmapLevel=function(){return z},this.getRenderTarget=function(){return Q},this.setRenderTargetTextures=function(v,D,X){let V=Ie.get(v);V.__autoAllocateDepthBuffer=v.resolveDepthBuffer===!1,V.__autoAllocateDepthBuffer===!1&&(V.__useRenderToTexture=!1),Ie.get(v.texture).__webglTexture=D,Ie.get(v.depthTexture).__webglTexture=V.__autoAllocateDepthBuffer?void 0:X,V.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(v,D){let X=Ie.get(v);X.__webglFramebuffer=D,X.__useDefaultFramebuffer=D===void 0},this.setRenderTarget=function(v,D=0,X=0){Q=v,W=D,z=X;let V=null,H=!1,pe=!1;if(v){let fe=Ie.get(v);if(fe.__useDefaultFramebuffer!==void 0){me.bindFramebuffer(O.FRAMEBUFFER,fe.__webglFramebuffer),ee.copy(v.viewport),_e.copy(v.scissor),Ne=v.scissorTest,me.viewport(ee),me.scissor(_e),me.setScissorTest(Ne),$=-1;return}else if(fe.__webglFramebuffer===void 0)Fe.setupRenderTarget(v);else if(fe.__hasExternalTextures)Fe.rebindTextures(v,Ie.get(v.texture).__webglTexture,Ie.get(v.depthTexture).__webglTexture);else if(v.depthBuffer){let Ue=v.depthTexture;if(fe.__boundDepthTexture!==Ue){if(Ue!==null&&Ie.has(Ue)&&(v.width!==Ue.image.width||v.height!==Ue.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Fe.setupDepthRenderbuffer(v)}}let xe=v.texture;(xe.isData3DTexture||xe.isDataArrayTexture||xe.isCompressedArrayTexture)&&(pe=!0);let we=Ie.get(v).__webglFramebuffer;v.isWebGLCubeRenderTarget?(Array.isArray(we[D])?V=we[D][X]:V=we[D],H=!0):v.samples>0&&Fe.useMultisampledRTT(v)===!1?V=Ie.get(v).__webglMultisampledFramebuffer:Array.isArray(we)?V=we[X]:V=we,ee.copy(v.viewport),_e.copy(v.scissor),Ne=v.scissorTest}else ee.copy(Re).multiplyScalar(oe).floor(),_e.copy(et).multiplyScalar(oe).floor(),Ne=it;if(X!==0&&(V=k),me.bindFramebuffer(O.FRAMEBUFFER,V)&&me.drawBuffers(v,V),me.viewport(ee),me.scissor(_e),me.setScissorTest(Ne),H){let fe=Ie.get(v.texture);O.framebufferTexture2D(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_CUBE_MAP_POSITIVE_X+D,fe.__webglTexture,X)}else if(pe){let fe=D;for(let xe=0;xe<v.textures.length;xe++){let we=Ie.get(v.textures[xe]);O.framebufferTextureLayer(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0+xe,we.__webglTexture,X,fe)}}else if(v!==null&&X!==0){let fe=Ie.get(v.texture);O.framebufferTexture2D(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,fe.__webglTexture,X)}$=-1};function df(v){let D=Ie.get(v);return(D.__readFormat!==v.format||D.__readType!==v.type)&&(D.__readFormat=v.format,D.__readType=v.type,D.__formatReadable=ct.textureFormatReadable(v.format),D.__typeReadable=ct.textureTypeReadable(v.type)),D}this.readRenderTargetPixels=function(v,D,X,V,H,pe,ve,fe=0){if(!(v&&v.isWebGLRenderTarget)){Le("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let xe=Ie.get(v).__webglFramebuffer;if(v.isWebGLCubeRenderTarget&&ve!==void 0&&(xe=xe[ve],Array.isArray(xe)&&(xe=xe[0])),xe){me.bindFramebuffer(O.FRAMEBUFFER,xe);try{let we=v.textures[fe],Ue=we.format,We=we.type;v.textures.length>1&&O.readBuffer(O.COLOR_ATTACHMENT0+fe);let Me=df(we);if(Me.__formatReadable===!1){Le("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Me.__typeReadable===!1){Le("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}D>=0&&D<=v.width-V&&X>=0&&X<=v.height-H&&O.readPixels(D,X,V,H,se.convert(Ue),se.convert(We),pe)}finally{let we=Q!==null?Ie.get(Q).__webglFramebuffer:null;me.bindFramebuffer(O.FRAMEBUFFER,we)}}},this.readRenderTargetPixelsAsync=async function(v,D,X,V,H,pe,ve,fe=0){if(!(v&&v.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let xe=Ie.get(v).__webglFramebuffer;if(v.isWebGLCubeRenderTarget&&ve!==void 0&&(xe=xe[ve],Array.isArray(xe)&&(xe=xe[0])),xe)if(D>=0&&D<=v.width-V&&X>=0&&X<=v.height-H){me.bindFramebuffer(O.FRAMEBUFFER,xe);let we=v.textures[fe],Ue=we.format,We=we.type;v.textures.length>1&&O.readBuffer(O.COLOR_ATTACHMENT0+fe);let Me=df(we);if(Me.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Me.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let Xe=O.createBuffer();O.bindBuffer(O.PIXEL_PACK_BUFFER,Xe),O.bufferData(O.PIXEL_PACK_BUFFER,pe.byteLength,O.STREAM_READ),O.readPixels(D,X,V,H,se.convert(Ue),se.convert(We),0),O.bindBuffer(O.PIXEL_PACK_BUFFER,null);let mt=Q!==null?Ie.get(Q).__webglFramebuffer:null;me.bindFramebuffer(O.FRAMEBUFFER,mt);let at=O.fenceSync(O.SYNC_GPU_COMMANDS_COMPLETE,0);return O.flush(),await Im(O,at,4),O.bindBuffer(O.PIXEL_PACK_BUFFER,Xe),O.getBufferSubData(O.PIXEL_PACK_BUFFER,0,pe),O.bindBuffer(O.PIXEL_PACK_BUFFER,null),O.deleteBuffer(Xe),O.deleteSync(at),pe}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(v,D=null,X=0){let V=Math.pow(2,-X),H=Math.floor(v.image.width*V),pe=Math.floor(v.image.height*V),ve=D!==null?D.x:0,fe=D!==null?D.y:0;Fe.setTexture2D(v,0),O.copyTexSubImage2D(O.TEXTURE_2D,X,0,0,ve,fe,H,pe),me.unbindTexture()},this.copyTextureToTexture=function(v,D,X=null,V=null,H=0,pe=0){let ve,fe,xe,we,Ue,We,Me,Xe,mt,at=v.isCompressedTexture?v.mipmaps[pe]:v.image;if(X!==null)ve=X.max.x-X.min.x,fe=X.max.y-X.min.y,xe=X.isBox3?X.max.z-X.min.z:1,we=X.min.x,Ue=X.min.y,We=X.isBox3?X.min.z:0;else{let Ze=Math.pow(2,-H);ve=Math.floor(at.width*Ze),fe=Math.floor(at.height*Ze),v.isDataArrayTexture?xe=at.depth:v.isData3DTexture?xe=Math.floor(at.depth*Ze):xe=1,we=0,Ue=0,We=0}V!==null?(Me=V.x,Xe=V.y,mt=V.z):(Me=0,Xe=0,mt=0);let rt=se.convert(D.format),Ut=se.convert(D.type),Se;D.isData3DTexture?(Fe.setTexture3D(D,0),Se=O.TEXTURE_3D):D.isDataArrayTexture||D.isCompressedArrayTexture?(Fe.setTexture2DArray(D,0),Se=O.TEXTURE_2D_ARRAY):(Fe.setTexture2D(D,0),Se=O.TEXTURE_2D),me.activeTexture(O.TEXTURE0),me.pixelStorei(O.UNPACK_FLIP_Y_WEBGL,D.flipY),me.pixelStorei(O.UNPACK_PREMULTIPLY_ALPHA_WEBGL,D.premultiplyAlpha),me.pixelStorei(O.UNPACK_ALIGNMENT,D.unpackAlignment);let Vt=me.getParameter(O.UNPACK_ROW_LENGTH),Je=me.getParameter(O.UNPACK_IMAGE_HEIGHT),Ri=me.getParameter(O.UNPACK_SKIP_PIXELS),Ot=me.getParameter(O.UNPACK_SKIP_ROWS),Fa=me.getParameter(O.UNPACK_SKIP_IMAGES);me.pixelStorei(O.UNPACK_ROW_LENGTH,at.width),me.pixelStorei(O.UNPACK_IMAGE_HEIGHT,at.height),me.pixelStorei(O.UNPACK_SKIP_PIXELS,we),me.pixelStorei(O.UNPACK_SKIP_ROWS,Ue),me.pixelStorei(O.UNPACK_SKIP_IMAGES,We);let oi=v.isDataArrayTexture||v.isData3DTexture,Pi=D.isDataArrayTexture||D.isData3DTexture;if(v.isDepthTexture){let Ze=Ie.get(v),Nt=Ie.get(D),yn=Ie.get(Ze.__renderTarget),ft=Ie.get(Nt.__renderTarget);me.bindFramebuffer(O.READ_FRAMEBUFFER,yn.__webglFramebuffer),me.bindFramebuffer(O.DRAW_FRAMEBUFFER,ft.__webglFramebuffer);for(let Ct=0;Ct<xe;Ct++)oi&&(O.framebufferTextureLayer(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,Ie.get(v).__webglTexture,H,We+Ct),O.framebufferTextureLayer(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,Ie.get(D).__webglTexture,pe,mt+Ct)),O.blitFramebuffer(we,Ue,we+ve,Ue+fe,Me,Xe,Me+ve,Xe+fe,O.DEPTH_BUFFER_BIT,O.NEAREST);me.bindFramebuffer(O.READ_FRAMEBUFFER,null),me.bindFramebuffer(O.DRAW_FRAMEBUFFER,null)}else if(H!==0||v.isRenderTargetTexture||Ie.has(v)){let Ze=Ie.get(v),Nt=Ie.get(D);me.bindFramebuffer(O.READ_FRAMEBUFFER,R),me.bindFramebuffer(O.DRAW_FRAMEBUFFER,F);for(let yn=0;yn<xe;yn++)oi?O.framebufferTextureLayer(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,Ze.__webglTexture,H,We+yn):O.framebufferTexture2D(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,Ze.__webglTexture,H),Pi?O.framebufferTextureLayer(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,Nt.__webglTexture,pe,mt+yn):O.framebufferTexture2D(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,Nt.__webglTexture,pe),H!==0?O.blitFramebuffer(we,Ue,we+ve,Ue+fe,Me,Xe,Me+ve,Xe+fe,O.COLOR_BUFFER_BIT,O.NEAREST):Pi?O.copyTexSubImage3D(Se,pe,Me,Xe,mt+yn,we,Ue,ve,fe):O.copyTexSubImage2D(Se,pe,Me,Xe,we,Ue,ve,fe);me.bindFramebuffer(O.READ_FRAMEBUFFER,null),me.bindFramebuffer(O.DRAW_FRAMEBUFFER,null)}else Pi?v.isDataTexture||v.isData3DTexture?O.texSubImage3D(Se,pe,Me,Xe,mt,ve,fe,xe,rt,Ut,at.data):D.isCompressedArrayTexture?O.compressedTexSubImage3D(Se,pe,Me,Xe,mt,ve,fe,xe,rt,at.data):O.texSubImage3D(Se,pe,Me,Xe,mt,ve,fe,xe,rt,Ut,at):v.isDataTexture?O.texSubImage2D(O.TEXTURE_2D,pe,Me,Xe,ve,fe,rt,Ut,at.data):v.isCompressedTexture?O.compressedTexSubImage2D(O.TEXTURE_2D,pe,Me,Xe,at.width,at.height,rt,at.data):O.texSubImage2D(O.TEXTURE_2D,pe,Me,Xe,ve,fe,rt,Ut,at);me.pixelStorei(O.UNPACK_ROW_LENGTH,Vt),me.pixelStorei(O.UNPACK_IMAGE_HEIGHT,Je),me.pixelStorei(O.UNPACK_SKIP_PIXELS,Ri),me.pixelStorei(O.UNPACK_SKIP_ROWS,Ot),me.pixelStorei(O.UNPACK_SKIP_IMAGES,Fa),pe===0&&D.generateMipmaps===!0&&D.mipmapsAutoUpdate===!0&&O.generateMipmap(Se),me.unbindTexture()},this.initRenderTarget=function(v){Ie.get(v).__webglFramebuffer===void 0&&Fe.setupRenderTarget(v)},this.initTexture=function(v){v.isCubeTexture?Fe.setTextureCube(v,0):v.isData3DTexture?Fe.setTexture3D(v,0):v.isDataArrayTexture||v.isCompressedArrayTexture?Fe.setTexture2DArray(v,0):Fe.setTexture2D(v,0),me.unbindTexture()},this.resetState=function(){W=0,z=0,Q=null,me.reset(),ce.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return pn}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=Ye._getDrawingBufferColorSpace(e),t.unpackColorSpace=Ye._getUnpackColorSpace()}};var gg={type:"change"},$u={type:"start"},xg={type:"end"},yc=new ei,bg=new rn,SS=Math.cos(70*Au.DEG2RAD),At=new B,jt=2*Math.PI,je={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},Xu=1e-6,_c=class extends ma{constructor(e,t=null){super(e,t),this.state=je.NONE,this.target=new B,this.cursor=new B,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:Mi.ROTATE,MIDDLE:Mi.DOLLY,RIGHT:Mi.PAN},this.touches={ONE:Si.ROTATE,TWO:Si.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new B,this._lastQuaternion=new sn,this._lastTargetPosition=new B,this._quat=new sn().setFromUnitVectors(e.up,new B(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new ss,this._sphericalDelta=new ss,this._scale=1,this._panOffset=new B,this._rotateStart=new Te,this._rotateEnd=new Te,this._rotateDelta=new Te,this._panStart=new Te,this._panEnd=new Te,this._panDelta=new Te,this._dollyStart=new Te,this._dollyEnd=new Te,this._dollyDelta=new Te,this._dollyDirection=new B,this._mouse=new Te,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=AS.bind(this),this._onPointerDown=wS.bind(this),this._onPointerUp=ES.bind(this),this._onContextMenu=NS.bind(this),this._onMouseWheel=RS.bind(this),this._onKeyDown=PS.bind(this),this._onTouchStart=IS.bind(this),this._onTouchMove=LS.bind(this),this._onMouseDown=TS.bind(this),this._onMouseMove=CS.bind(this),this._interceptControlDown=DS.bind(this),this._interceptControlUp=FS.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=je.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(gg),this.update(),this.state=je.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){let t=this.object.position;At.copy(t).sub(this.target),At.applyQuaternion(this._quat),this._spherical.setFromVector3(At),this.autoRotate&&this.state===je.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let i=this.minAzimuthAngle,r=this.maxAzimuthAngle;isFinite(i)&&isFinite(r)&&(i<-Math.PI?i+=jt:i>Math.PI&&(i-=jt),r<-Math.PI?r+=jt:r>Math.PI&&(r-=jt),i<=r?this._spherical.theta=Math.max(i,Math.min(r,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(i+r)/2?Math.max(i,this._spherical.theta):Math.min(r,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let s=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let a=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),s=a!=this._spherical.radius}if(At.setFromSpherical(this._spherical),At.applyQuaternion(this._quatInverse),t.copy(this.target).add(At),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let a=null;if(this.object.isPerspectiveCamera){let o=At.length();a=this._clampDistance(o*this._scale);let l=o-a;this.object.position.addScaledVector(this._dollyDirection,l),this.object.updateMatrixWorld(),s=!!l}else if(this.object.isOrthographicCamera){let o=new B(this._mouse.x,this._mouse.y,0);o.unproject(this.object);let l=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),s=l!==this.object.zoom;let c=new B(this._mouse.x,this._mouse.y,0);c.unproject(this.object),this.object.position.sub(c).add(o),this.object.updateMatrixWorld(),a=At.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;a!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(a).add(this.object.position):(yc.origin.copy(this.object.position),yc.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(yc.direction))<SS?this.object.lookAt(this.target):(bg.setFromNormalAndCoplanarPoint(this.object.up,this.target),yc.intersectPlane(bg,this.target))))}else if(this.object.isOrthographicCamera){let a=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),a!==this.object.zoom&&(this.object.updateProjectionMatrix(),s=!0)}return this._scale=1,this._performCursorZoom=!1,s||this._lastPosition.distanceToSquared(this.object.position)>Xu||8*(1-this._lastQuaternion.dot(this.object.quaternion))>Xu||this._lastTargetPosition.distanceToSquared(this.target)>Xu?(this.dispatchEvent(gg),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?jt/60*this.autoRotateSpeed*e:jt/60/60*this.autoRotateSpeed}_getZoomScale(e){let t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){At.setFromMatrixColumn(t,0),At.multiplyScalar(-e),this._panOffset.add(At)}_panUp(e,t){this.screenSpacePanning===!0?At.setFromMatrixColumn(t,1):(At.setFromMatrixColumn(t,0),At.crossVectors(this.object.up,At)),At.multiplyScalar(e),this._panOffset.add(At)}_pan(e,t){let i=this.domElement;if(this.object.isPerspectiveCamera){let r=this.object.position;At.copy(r).sub(this.target);let s=At.length();s*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*s/i.clientHeight,this.object.matrix),this._panUp(2*t*s/i.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/i.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/i.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let i=this.domElement.getBoundingClientRect(),r=e-i.left,s=t-i.top,a=i.width,o=i.height;this._mouse.x=r/a*2-1,this._mouse.y=-(s/o)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(jt*this._rotateDelta.x/t.clientHeight),this._rotateUp(jt*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(jt*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-jt*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(jt*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-jt*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._rotateStart.set(i,r)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panStart.set(i,r)}}_handleTouchStartDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyStart.set(0,s)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{let i=this._getSecondPointerPosition(e),r=.5*(e.pageX+i.x),s=.5*(e.pageY+i.y);this._rotateEnd.set(r,s)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(jt*this._rotateDelta.x/t.clientHeight),this._rotateUp(jt*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panEnd.set(i,r)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyEnd.set(0,s),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let a=(e.pageX+t.x)*.5,o=(e.pageY+t.y)*.5;this._updateZoomParameters(a,o)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new Te,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){let t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){let t=e.deltaMode,i={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:i.deltaY*=16;break;case 2:i.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(i.deltaY*=10),i}};function wS(n){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(n.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(n)&&(this._addPointer(n),n.pointerType==="touch"?this._onTouchStart(n):this._onMouseDown(n),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function AS(n){this.enabled!==!1&&(n.pointerType==="touch"?this._onTouchMove(n):this._onMouseMove(n))}function ES(n){switch(this._removePointer(n),this._pointers.length){case 0:this.domElement.releasePointerCapture(n.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(xg),this.state=je.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function TS(n){let e;switch(n.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case Mi.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(n),this.state=je.DOLLY;break;case Mi.ROTATE:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=je.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=je.ROTATE}break;case Mi.PAN:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=je.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=je.PAN}break;default:this.state=je.NONE}this.state!==je.NONE&&this.dispatchEvent($u)}function CS(n){switch(this.state){case je.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(n);break;case je.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(n);break;case je.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(n);break}}function RS(n){this.enabled===!1||this.enableZoom===!1||this.state!==je.NONE||(n.preventDefault(),this.dispatchEvent($u),this._handleMouseWheel(this._customWheelEvent(n)),this.dispatchEvent(xg))}function PS(n){this.enabled!==!1&&this._handleKeyDown(n)}function IS(n){switch(this._trackPointer(n),this._pointers.length){case 1:switch(this.touches.ONE){case Si.ROTATE:if(this.enableRotate===!1){this.state=je.NONE;break}this._handleTouchStartRotate(n),this.state=je.TOUCH_ROTATE;break;case Si.PAN:if(this.enablePan===!1){this.state=je.NONE;break}this._handleTouchStartPan(n),this.state=je.TOUCH_PAN;break;default:this.state=je.NONE}break;case 2:switch(this.touches.TWO){case Si.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(n),this.state=je.TOUCH_DOLLY_PAN;break;case Si.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(n),this.state=je.TOUCH_DOLLY_ROTATE;break;default:this.state=je.NONE}break;default:this.state=je.NONE}this.state!==je.NONE&&this.dispatchEvent($u)}function LS(n){switch(this._trackPointer(n),this.state){case je.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(n),this.update();break;case je.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(n),this.update();break;case je.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(n),this.update();break;case je.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(n),this.update();break;default:this.state=je.NONE}}function NS(n){this.enabled!==!1&&n.preventDefault()}function DS(n){n.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function FS(n){n.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function Mg(n,e,t,i=2,r=.25){let s=vc(n),a=vc(e),o=t&&s>0&&a>0?a/s:1;o=Math.min(Math.max(o,r),1/r);let l=o<=1?i:i/o,c=o<=1?i*o:i;return{xs:n,ys:e,halfX:l/2,halfY:c/2}}function vc(n){return n.length>1?n[n.length-1]-n[0]:0}function Sg(n,e,t){let i=vc(n);return i>0?(t-n[0])/i*2*e-e:0}function yg(n,e,t){let i=vc(n);return i>0&&e>0?n[0]+(t+e)/(2*e)*i:n.length?n[0]:0}function fs(n,e){return Sg(n.xs,n.halfX,e)}function ds(n,e){return Sg(n.ys,n.halfY,e)}function wg(n,e,t){return[yg(n.xs,n.halfX,e),yg(n.ys,n.halfY,t)]}function _g(n,e){let t=n.length;if(t===0)return 0;if(t===1)return n[0];let i=Math.min(Math.max(Math.floor(e),0),t-2);return n[i]+(e-i)*(n[i+1]-n[i])}function vg(n,e){let t=n.length;if(t<=1||!(e>n[0]))return 0;if(e>=n[t-1])return t-1;let i=0,r=t-2;for(;i<r;){let s=i+r+1>>1;n[s]<=e?i=s:r=s-1}return i+(e-n[i])/(n[i+1]-n[i])}function Ag(n,e,t){let i=e?Math.log10(n[0]):n[0],r=e?Math.log10(n[1]):n[1];if(!(Number.isFinite(i)&&Number.isFinite(r)&&r>i)){let s=Number.isFinite(i)?i:Number.isFinite(r)?r:0,a=Math.abs(s)*1e-6||1e-6;i=s-a,r=s+a}return{lo:i,hi:r,log:e,height:t}}function Ca(n,e){if(!Number.isFinite(e))return NaN;let i=((n.log?e>0?Math.log10(e):-1/0:e)-n.lo)/(n.hi-n.lo);return(i<=0?0:i>=1?1:i)*n.height}var Ra=(()=>{let n=new Float32Array(256);for(let e=0;e<256;e++){let t=e/255;n[e]=t<=.04045?t/12.92:Math.pow((t+.055)/1.055,2.4)}return n})();function Eg(n,e){let t=n*e;return{nx:n,ny:e,positions:new Float32Array(t*3),normals:new Float32Array(t*3),colors:new Float32Array(t*3),index:new Uint32Array(Math.max(0,n-1)*Math.max(0,e-1)*6),indexCount:0,vertexCount:0,finite:new Uint8Array(t),indexChanged:!0,filled:!1}}function Tg(n,e,t,i,r,s=!0){let{nx:a,ny:o,positions:l,normals:c,colors:h,index:f,finite:u}=n;if(e.length!==a*o)throw new Error(`grid has ${e.length} values, expected ny * nx = ${o} * ${a}`);let d=new Float32Array(a),p=new Float32Array(o);for(let w=0;w<a;w++)d[w]=fs(t,t.xs[w]);for(let w=0;w<o;w++)p[w]=ds(t,t.ys[w]);let b=r?r.lut:null,g=s?Ra:null,m=n.filled;for(let w=0,x=0;w<o;w++)for(let S=0;S<a;S++,x++){let N=e[x],C=Ca(i,N),P=C===C,L=P?1:0;u[x]!==L&&(m=!1),u[x]=L;let k=x*3;if(l[k]=d[S],l[k+1]=p[w],l[k+2]=P?C:0,b&&r)if(P){let R=r.lutOffset(N);g?(h[k]=g[b[R]],h[k+1]=g[b[R+1]],h[k+2]=g[b[R+2]]):(h[k]=b[R]/255,h[k+1]=b[R+1]/255,h[k+2]=b[R+2]/255)}else h[k]=h[k+1]=h[k+2]=.5}for(let w=0,x=0;w<o;w++)for(let S=0;S<a;S++,x++){let N=x*3,C=0,P=0;if(u[x]){let k=S>0&&u[x-1]?x-1:x,R=S<a-1&&u[x+1]?x+1:x;k!==R&&(C=(l[R*3+2]-l[k*3+2])/(l[R*3]-l[k*3]));let F=w>0&&u[x-a]?x-a:x,W=w<o-1&&u[x+a]?x+a:x;F!==W&&(P=(l[W*3+2]-l[F*3+2])/(l[W*3+1]-l[F*3+1])),Number.isFinite(C)||(C=0),Number.isFinite(P)||(P=0)}let L=Math.sqrt(C*C+P*P+1);c[N]=-C/L,c[N+1]=-P/L,c[N+2]=1/L}if(n.indexChanged=!m,n.filled=!0,m)return;let _=0,A=new Uint8Array(a*o),M=(w,x,S)=>{f[_++]=w,f[_++]=x,f[_++]=S,A[w]=A[x]=A[S]=1};for(let w=0;w<o-1;w++)for(let x=0;x<a-1;x++){let S=w*a+x,N=S+1,C=S+a,P=C+1,L=u[S],k=u[N],R=u[C],F=u[P],W=L+k+R+F;W===4?(M(S,N,P),M(S,P,C)):W===3&&(L?k?R?M(S,N,C):M(S,N,P):M(S,P,C):M(N,P,C))}let E=0;for(let w=0;w<A.length;w++)E+=A[w];n.indexCount=_,n.vertexCount=E}function Cg(n,e){let{normals:t,colors:i}=n,[r,s,a]=e.dir,o=Math.hypot(r,s,a)||1,l=r/o,c=s/o,h=a/o;for(let f=0;f<i.length;f+=3){let u=t[f]*l+t[f+1]*c+t[f+2]*h,d=e.ambient+e.diffuse*(u>0?u:0);i[f]*=d,i[f+1]*=d,i[f+2]*=d}}var US=0,OS=1,BS=2;function Rg(n,e,t){let i=e.xs.length,r=0;for(let l=0;l<n.length;l++)Number.isFinite(n[l])||r++;let s=new Float32Array(r*3),a=new Uint8Array(r),o=0;for(let l=0;l<n.length;l++){let c=n[l];if(Number.isFinite(c))continue;let h=l%i,f=(l-h)/i;s[o*3]=fs(e,e.xs[h]),s[o*3+1]=ds(e,e.ys[f]),s[o*3+2]=t,a[o]=c!==c?US:c>0?OS:BS,o++}return{positions:s,kinds:a,count:r}}function kS(n,e,t,i,r){let s=e.xs.length,a=e.ys.length,o=vg(e.xs,i),l=vg(e.ys,r),c=Math.min(Math.floor(o),Math.max(s-2,0)),h=Math.min(Math.floor(l),Math.max(a-2,0)),f=s>1?o-c:0,u=a>1?l-h:0,d=0,p=0;for(let b=0;b<=1;b++)for(let g=0;g<=1;g++){let m=Math.min(c+g,s-1),_=Math.min(h+b,a-1),A=(g?f:1-f)*(b?u:1-u);if(A<=0)continue;let M=Ca(t,n[_*s+m]);M===M&&(d+=A*M,p+=A)}return p>0?d/p:NaN}function Pg(n,e,t,i,r){let s=new Float32Array(n.length*3);return n.forEach((a,o)=>{let l=Ca(i,a.planeLoss);l!==l&&(l=kS(e,t,i,a.x,a.y)),l!==l&&(l=r),s[o*3]=fs(t,a.x),s[o*3+1]=ds(t,a.y),s[o*3+2]=l}),s}function Ig(n,e,t){let i=0;for(let o of n)for(let l of o.lines)i+=Math.max(0,l.length-1);let r=new Float32Array(i*6),s=new Uint16Array(i),a=0;return n.forEach((o,l)=>{for(let c of o.lines){let h=0,f=0;c.forEach(([u,d],p)=>{let b=fs(e,_g(e.xs,u)),g=ds(e,_g(e.ys,d));if(p>0){let m=a*6;r[m]=h,r[m+1]=f,r[m+2]=t,r[m+3]=b,r[m+4]=g,r[m+5]=t,s[a++]=l}h=b,f=g})}}),{positions:r,level:s,segments:i}}var zS=2,Na=1,ps=-.22,VS=10,Lg=30,Ng=-60*Math.PI/180,Dg=28*Math.PI/180,qu=6.2,Pa=new B(0,0,(ps+Na)/2-.05),GS={dir:[-2,-3,6],ambient:.5,diffuse:.6},Mc=10*Math.PI/180,Fg=.85,HS=.028,WS=.055,XS=9,$S=12,Og=`
.tbl-surface { display: inline-block; }
.tbl-surface-canvas { display: block; outline: none; cursor: grab; touch-action: none; border-radius: 2px; }
.tbl-surface-canvas:active { cursor: grabbing; }
.tbl-surface-canvas:focus-visible { outline: 2px solid var(--tbl-accent, #f57c00); outline-offset: 1px; }
.tbl-surface .tbl-readout, .tbl-surface .tbl-legend { margin-left: 0; }
.tbl-surface-hint { color: var(--tbl-muted, #616161); font-size: 11px; margin-top: 2px; }
.tbl-surface-message {
  color: var(--tbl-muted, #616161); font-size: 13px; padding: 24px 16px;
  border: 1px dashed var(--tbl-border, #e0e0e0); border-radius: 3px; max-width: 480px;
}
`,Sc=class{constructor(){this.element=ie("div",{class:"tbl-surface"});this.figure=ie("div",{class:"tbl-row tbl-surface-figure"});this.canvas=ie("canvas",{"data-testid":"surface",class:"tbl-surface-canvas",tabindex:0,role:"img","aria-label":"3D loss surface: drag to orbit, scroll or +/- to zoom, arrow keys to turn, 0 or double-click to reset"});this.colorbar=new Sr;this.readout=ie("div",{class:"tbl-readout","data-testid":"readout-3d"},[" "]);this.hint=ie("div",{class:"tbl-surface-hint"},["drag: orbit · right-drag: pan · scroll / + −: zoom · arrows: turn · 0 or double-click: reset"]);this.legendSlot=ie("div");this.message=ie("div",{class:"tbl-surface-message","data-testid":"surface-message",hidden:!0});this.renderer=null;this.controls=null;this.glError=null;this.scene=new Ks;this.camera=new Ht(Lg,1.2,.05,100);this.size=[0,0];this.surfaceMaterial=new Xi({vertexColors:!0,side:bn,polygonOffset:!0,polygonOffsetFactor:1,polygonOffsetUnits:1});this.surfaceMesh=new $t(new xt,this.surfaceMaterial);this.surf=null;this.floorMaterial=new Xi({vertexColors:!0,polygonOffset:!0,polygonOffsetFactor:2,polygonOffsetUnits:2});this.floor=new $t(qS(new qi(1,1)),this.floorMaterial);this.frameMaterial=new xi({vertexColors:!0});this.frameLines=new es(new xt,this.frameMaterial);this.contourMaterial=new xi({vertexColors:!0});this.contours=new es(new xt,this.contourMaterial);this.dot=ZS();this.marksMaterial=new ts({size:7,sizeAttenuation:!1,vertexColors:!0,map:this.dot,alphaTest:.5,transparent:!1});this.marks=new na(new xt,this.marksMaterial);this.pathLineMaterial=new xi({vertexColors:!0});this.pathLine=new Qr(new xt,this.pathLineMaterial);this.sphere=new aa(1,12,8);this.pathMaterial=new oa;this.pathDots=new $i(this.sphere,this.pathMaterial,1);this.labels=new Map;this.shown=null;this.theme=null;this.raycaster=new pa;this.cleanups=[];this.disposed=!1;this.figure.append(this.canvas,this.colorbar.element),this.element.append(this.figure,this.readout,this.legendSlot,this.hint,this.message),this.element.dataset.vertices="0",this.element.dataset.pathPoints="0",this.camera.up.set(0,0,1),this.placeCamera(),this.element.dataset.camera=this.cameraKey(),this.scene.add(new ha(16777215,5592405,1.9));let e=new da(16777215,1.9);if(e.position.set(-2,-3,6),this.scene.add(e),this.floor.position.z=ps,this.pathDots.count=0,this.marks.frustumCulled=!1,this.contours.frustumCulled=!1,this.pathLine.frustumCulled=!1,this.pathDots.frustumCulled=!1,this.scene.add(this.floor,this.frameLines,this.contours,this.surfaceMesh,this.marks,this.pathLine,this.pathDots),this.listen(this.canvas,"dblclick",()=>this.resetView()),this.listen(this.canvas,"keydown",t=>this.onKey(t)),this.listen(this.canvas,"pointermove",t=>this.onHover(t)),this.listen(this.canvas,"pointerleave",()=>this.readout.textContent=" "),typeof MutationObserver=="function"){let t=new MutationObserver(()=>{!this.shown||!this.renderer||(this.applyTheme(!0),this.render())});t.observe(document.documentElement,{attributes:!0,attributeFilter:["class","style"]}),this.cleanups.push(()=>t.disconnect())}}draw(e,t){if(this.disposed)return;if(e.header.dims!==2){this.showMessage("3D needs a 2D landscape");return}let i=Zt(e,t.metric);if(!this.ensureRenderer()){this.showMessage(`3D view unavailable: ${this.glError}. The 2D view works without WebGL.`);return}this.message.hidden=!0,this.figure.hidden=!1,this.hint.hidden=!1,this.resize(t.maxSide),this.applyTheme(!1);let{nx:r,ny:s}=e,[a,o]=e.header.axes,l=e.header.metrics[t.metric]??"",c=Mg(a.coords,o.coords,a.unit===o.unit,zS),h=t.scale==="log",f=ro(i,t.domain,t.scale)??(h?[.1,1]:[0,1]),u=Ag(f,h,Na),d=new hr(f,{scale:t.scale,palette:t.palette}),p=this.surfaceBuffers(r,s);Tg(p,i,c,u,d,!0),Cg(p,GS);let b=this.surfaceMesh.geometry;for(let k of["position","normal","color"]){let R=b.getAttribute(k);R.needsUpdate=!0}if(p.indexChanged){let k=b.getIndex();k.clearUpdateRanges(),k.addUpdateRange(0,Math.max(1,p.indexCount)),k.needsUpdate=!0,b.setDrawRange(0,p.indexCount)}let g=b.boundingBox??(b.boundingBox=new mn);g.min.set(-c.halfX,-c.halfY,0),g.max.set(c.halfX,c.halfY,Na);let m=b.boundingSphere??(b.boundingSphere=new gn);g.getBoundingSphere(m),this.floor.scale.set(2*c.halfX+.16,2*c.halfY+.16,1);let _=Rg(i,c,ps+.004);if(this.fillMarks(_.positions,_.kinds,_.count),t.floorContours){let k=io(f,t.scale,VS),R=Ig(uo(i,r,s,k),c,ps+.002),F=new Float32Array(R.segments*6),W=k.map(z=>Ia(d.color(z)));for(let z=0;z<R.segments;z++){let Q=W[R.level[z]];F.set(Q,z*6),F.set(Q,z*6+3)}this.fillLines(this.contours,R.positions,F,R.segments*2)}else this.fillLines(this.contours,new Float32Array(0),new Float32Array(0),0);let A=e.header.trajectory,M=t.path&&A&&A.y?xr(A):[],E=Pg(M,i,c,u,ps+.01);this.fillPath(M,E);let w=br(f,t.scale,4);this.drawFrame(e,c,u,l,w);let x=er(i),S=tr(i,f),[N,C]=e.header.center,P=Math.max(60,Math.round(this.size[1]*.6));this.colorbar.draw(d,P,l+(h?" (log)":""),{top:Math.round(this.size[1]*.12),clip:S});let L=M.length;this.legendSlot.replaceChildren(vr(x,{hatched:!1,note:"no surface there; dots on the floor",center:{text:`centre (${$e(N)}, ${$e(C)})`,mark:"cross"},clip:{...S,low:d.colorAt(0),high:d.colorAt(1)},path:L>0?{count:L,first:M[0].step,last:M[L-1].step,early:yr(0,L),late:yr(L-1,L)}:null})),this.shown={frame:e,values:i,layout:c,hs:u,metricName:l,points:M,pathPositions:E,zTicks:w},this.element.dataset.vertices=String(p.vertexCount),this.element.dataset.pathPoints=String(M.length),this.render()}toPng(){return this.render(),rr(this.element,e=>e===this.readout||e===this.hint)}resetView(){this.controls?this.controls.reset():this.placeCamera(),this.render()}dispose(){if(this.disposed)return;this.disposed=!0,this.cleanups.forEach(i=>i()),this.cleanups.length=0,this.controls?.dispose(),this.controls=null;let e=new Set,t=i=>{i&&!e.has(i)&&(e.add(i),i.dispose())};this.scene.traverse(i=>{let r=i;t(r.geometry);let s=r.material;Array.isArray(s)?s.forEach(t):t(s),i instanceof jr&&t(i.material.map),i instanceof $i&&t(i)}),t(this.sphere),t(this.dot),this.labels.clear(),this.scene.clear(),this.shown=null,this.renderer&&(this.renderer.dispose(),this.renderer.forceContextLoss(),this.renderer=null)}listen(e,t,i){e.addEventListener(t,i),this.cleanups.push(()=>e.removeEventListener(t,i))}ensureRenderer(){if(this.renderer)return!0;if(this.glError)return!1;try{this.renderer=new gc({canvas:this.canvas,antialias:!YS(),preserveDrawingBuffer:!0})}catch(t){return this.glError=`WebGL could not be started (${t.message||String(t)})`,!1}this.renderer.outputColorSpace=Dt,this.renderer.setPixelRatio(Math.max(1,Math.min(2,window.devicePixelRatio||1)));let e=new _c(this.camera,this.canvas);return e.target.copy(Pa),e.enableDamping=!1,e.minDistance=1.2,e.maxDistance=30,e.update(),e.saveState(),e.addEventListener("change",()=>this.render()),this.controls=e,this.listen(this.canvas,"webglcontextrestored",()=>this.render()),!0}showMessage(e){this.message.textContent=e,this.message.hidden=!1,this.figure.hidden=!0,this.hint.hidden=!0,this.readout.textContent=" ",this.legendSlot.replaceChildren(),this.shown=null,this.element.dataset.vertices="0",this.element.dataset.pathPoints="0"}placeCamera(){let e=Math.cos(Dg);this.camera.position.set(Pa.x+qu*e*Math.cos(Ng),Pa.y+qu*e*Math.sin(Ng),Pa.z+qu*Math.sin(Dg)),this.camera.lookAt(Pa)}resize(e){let t=Math.max(120,Math.round(e)),i=Math.round(t*1.25);this.size[0]===i&&this.size[1]===t||(this.size=[i,t],this.renderer.setSize(i,t),this.camera.aspect=i/t,this.camera.updateProjectionMatrix(),this.clearLabels())}render(){!this.renderer||this.disposed||(this.renderer.render(this.scene,this.camera),this.element.dataset.camera=this.cameraKey())}cameraKey(){let e=this.camera.position;return`${e.x.toFixed(2)},${e.y.toFixed(2)},${e.z.toFixed(2)}`}applyTheme(e){let t=document.documentElement,i=getComputedStyle(t),r=t.classList.contains("tbl-dark"),s={bg:i.getPropertyValue("--tbl-bg").trim()||(r?"#303030":"#ffffff"),fg:i.getPropertyValue("--tbl-fg").trim()||(r?"#eeeeee":"#212121"),muted:i.getPropertyValue("--tbl-muted").trim()||(r?"#bdbdbd":"#616161"),dark:r},a=this.theme;if(!e&&a&&a.bg===s.bg&&a.fg===s.fg&&a.muted===s.muted)return;this.theme=s;let o=Yu(s.bg,r?3158064:16777215),l=Yu(s.fg,r?15658734:2171169);if(this.renderer?.setClearColor(o,1),this.floorMaterial.color.copy(o).lerp(l,r?.08:.045),this.frameMaterial.color.copy(Yu(s.muted,8947848)),e&&this.shown){let c=this.shown;this.drawFrame(c.frame,c.layout,c.hs,c.metricName,c.zTicks)}}surfaceBuffers(e,t){if(this.surf&&this.surf.nx===e&&this.surf.ny===t)return this.surf;let i=Eg(e,t),r=new xt;return r.setAttribute("position",new bt(i.positions,3).setUsage(Ei)),r.setAttribute("normal",new bt(i.normals,3).setUsage(Ei)),r.setAttribute("color",new bt(i.colors,3).setUsage(Ei)),r.setIndex(new bt(i.index,1).setUsage(Ei)),this.surfaceMesh.geometry.dispose(),this.surfaceMesh.geometry=r,this.surf=i,i}fillLines(e,t,i,r){let s=Zu(e,r);s.getAttribute("position").array.set(t.subarray(0,r*3)),s.getAttribute("color").array.set(i.subarray(0,r*3)),Ku(s,r)}fillMarks(e,t,i){let r=Zu(this.marks,i);r.getAttribute("position").array.set(e.subarray(0,i*3));let s=r.getAttribute("color").array,a=[Ia(Ui),Ia(Oi),Ia(Bi)];for(let o=0;o<i;o++)s.set(a[t[o]],o*3);Ku(r,i)}fillPath(e,t){let i=e.length,r=new Float32Array(i*3);for(let o=0;o<i;o++)r.set(Ia(yr(o,i)),o*3);this.fillLines(this.pathLine,t,r,i),i>this.pathDots.instanceMatrix.count&&(this.scene.remove(this.pathDots),this.pathDots.dispose(),this.pathDots=new $i(this.sphere,this.pathMaterial,Math.max(i,2*this.pathDots.instanceMatrix.count)),this.pathDots.frustumCulled=!1,this.scene.add(this.pathDots));let s=new Ke,a=new Oe;for(let o=0;o<i;o++){let l=o===i-1?WS:HS;s.makeScale(l,l,l).setPosition(t[o*3],t[o*3+1],t[o*3+2]),this.pathDots.setMatrixAt(o,s);let c=r.subarray(o*3,o*3+3);this.pathDots.setColorAt(o,a.setRGB(c[0],c[1],c[2]))}this.pathDots.count=i,this.pathDots.instanceMatrix.needsUpdate=!0,this.pathDots.instanceColor&&(this.pathDots.instanceColor.needsUpdate=!0)}drawFrame(e,t,i,r,s){let{halfX:a,halfY:o}=t,l=ps,c=[],h=(N,C)=>c.push(...N,...C);h([-a,-o,l],[a,-o,l]),h([a,-o,l],[a,o,l]),h([a,o,l],[-a,o,l]),h([-a,o,l],[-a,-o,l]),h([-a,o,l],[-a,o,Na]);let f=s.map(N=>Ca(i,N.value));for(let N of f)h([-a,o,N],[-a-.05,o,N]);let[u,d]=e.header.center,p=fs(t,u),b=ds(t,d);Number.isFinite(p)&&Number.isFinite(b)&&(h([p-.06,b,l+.003],[p+.06,b,l+.003]),h([p,b-.06,l+.003],[p,b+.06,l+.003]));let g=new Float32Array(c),m=Zu(this.frameLines,g.length/3);m.getAttribute("position").array.set(g),m.getAttribute("color").array.fill(1),Ku(m,g.length/3);let[_,A]=e.header.axes,M=t.xs,E=t.ys,w=[["xt",_.label||"x",new B(0,-o-.32,l),.5,.5],["x0",$e(M[0]),new B(-a,-o-.12,l),.5,.5],["x1",$e(M[M.length-1]),new B(a,-o-.12,l),.5,.5],["yt",A.label||"y",new B(a+.32,0,l),.5,.5],["y0",$e(E[0]),new B(a+.12,-o,l),.5,.5],["y1",$e(E[E.length-1]),new B(a+.12,o,l),.5,.5],["zt",r+(i.log?" (log)":""),new B(-a,o,Na+.14),.5,.5]];s.forEach((N,C)=>w.push([`z${C}`,N.label,new B(-a-.08,o,f[C]),1,.5]));let x=this.theme,S=new Set;for(let[N,C,P,L,k]of w){let R=N.endsWith("t")?x.muted:x.fg,F=`${N}\0${C}\0${R}`;S.add(F);let W=this.labels.get(F);W||(W=KS(C,R,this.labelScale()),this.labels.set(F,W),this.scene.add(W)),W.position.copy(P),W.center.set(L,k)}for(let[N,C]of this.labels)S.has(N)||(this.scene.remove(C),C.material.map?.dispose(),C.material.dispose(),this.labels.delete(N))}labelScale(){let e=this.size[1]||480;return $S/e*2*Math.tan(Lg/2*Math.PI/180)}clearLabels(){for(let e of this.labels.values())this.scene.remove(e),e.material.map?.dispose(),e.material.dispose();this.labels.clear()}onKey(e){if(!this.controls||e.altKey||e.ctrlKey||e.metaKey)return;let t=this.controls.target,i=this.camera.position.clone().sub(t),r=i.length(),s=Math.atan2(i.y,i.x),a=Math.acos(Math.min(1,Math.max(-1,i.z/r)));switch(e.key){case"ArrowLeft":s-=Mc;break;case"ArrowRight":s+=Mc;break;case"ArrowUp":a-=Mc/2;break;case"ArrowDown":a+=Mc/2;break;case"+":case"=":r*=Fg;break;case"-":case"_":r/=Fg;break;case"0":e.preventDefault(),e.stopPropagation(),this.resetView();return;default:return}e.preventDefault(),e.stopPropagation(),a=Math.min(Math.PI-.02,Math.max(.02,a)),r=Math.min(this.controls.maxDistance,Math.max(this.controls.minDistance,r)),this.camera.position.set(t.x+r*Math.sin(a)*Math.cos(s),t.y+r*Math.sin(a)*Math.sin(s),t.z+r*Math.cos(a)),this.camera.lookAt(t),this.controls.update(),this.render()}onHover(e){let t=this.shown;if(!t||!this.renderer||e.buttons!==0)return;let i=this.canvas.getBoundingClientRect(),r=e.clientX-i.left,s=e.clientY-i.top,a=new B,o=t.points.map((_,A)=>(a.set(t.pathPositions[A*3],t.pathPositions[A*3+1],t.pathPositions[A*3+2]).project(this.camera),a.z>1?[1/0,1/0]:[(a.x+1)/2*i.width,(1-a.y)/2*i.height])),l=_r(o,r,s,XS);if(l>=0){let _=t.points[l];this.readout.textContent=`step ${_.step}: on-plane loss = ${$e(_.planeLoss)}, true loss = ${$e(_.trueLoss)}, residual = ${$e(_.residual)}`;return}this.raycaster.setFromCamera(new Te(r/i.width*2-1,1-s/i.height*2),this.camera);let c=this.raycaster.intersectObject(this.surfaceMesh,!1)[0];if(!c){this.readout.textContent=" ";return}let[h,f]=wg(t.layout,c.point.x,c.point.y),{nx:u,ny:d}=t.frame,p=Ug(t.layout.xs,h),b=Ug(t.layout.ys,f),[g,m]=t.frame.header.axes;p<0||b<0||p>=u||b>=d||(this.readout.textContent=`${g.label||"x"} = ${$e(t.layout.xs[p])}, ${m.label||"y"} = ${$e(t.layout.ys[b])}: ${t.metricName} = ${$e(t.values[b*u+p])}`)}};function Ia(n){return[Ra[n[0]],Ra[n[1]],Ra[n[2]]]}function Yu(n,e){let t=new Oe(e);if(/^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\)|[a-z]+)$/i.test(n)){let i=console.warn;console.warn=()=>{};try{t.setStyle(n)}finally{console.warn=i}}return t}function Ug(n,e){let t=0;for(let i=1;i<n.length;i++)Math.abs(n[i]-e)<Math.abs(n[t]-e)&&(t=i);return t}function Zu(n,e){let t=n.geometry,i=t.getAttribute("position");if(i&&i.count>=e)return t;let r=Math.max(e,2*(i?.count??0),16),s=new xt;return s.setAttribute("position",new bt(new Float32Array(r*3),3).setUsage(Ei)),s.setAttribute("color",new bt(new Float32Array(r*3),3).setUsage(Ei)),t.dispose(),n.geometry=s,s}function qS(n){let e=n.getAttribute("position").count;return n.setAttribute("color",new bt(new Float32Array(e*3).fill(1),3)),n}function Ku(n,e){for(let t of["position","color"]){let i=n.getAttribute(t);i&&(i.clearUpdateRanges(),i.addUpdateRange(0,Math.max(e,1)*3),i.needsUpdate=!0)}n.setDrawRange(0,e)}var La=null;function YS(){if(La!==null)return La;La=!1;try{let n=document.createElement("canvas").getContext("webgl");if(n){let e=n.getExtension("WEBGL_debug_renderer_info"),t=String(n.getParameter(e?e.UNMASKED_RENDERER_WEBGL:n.RENDERER));La=/swiftshader|llvmpipe|softpipe|software|basic render/i.test(t),n.getExtension("WEBGL_lose_context")?.loseContext()}}catch{}return La}function ZS(){let n=document.createElement("canvas");n.width=n.height=32;let e=n.getContext("2d");e&&(e.fillStyle="#ffffff",e.beginPath(),e.arc(16,16,14,0,2*Math.PI),e.fill());let t=new ns(n);return t.colorSpace=Dt,t}function KS(n,e,t){let r=document.createElement("canvas"),s=r.getContext("2d"),a=`${40*.8}px Roboto, "Helvetica Neue", Arial, sans-serif`,o=8;s&&(s.font=a,o=Math.ceil(s.measureText(n).width)+8),r.width=Math.min(2048,o),r.height=40,s&&(s.font=a,s.fillStyle=e,s.textBaseline="middle",s.fillText(n,4,40/2));let l=new ns(r);l.colorSpace=Dt;let c=new jr(new Jr({map:l,transparent:!0,depthTest:!1,sizeAttenuation:!1}));return c.scale.set(t*r.width/40,t,1),c.renderOrder=10,c}function ms(n){switch(n){case"2d":return new po;case"3d":return new Sc;case"1d":return new co}}function Bg(){return`
${dp}
${Og}
`}var JS=220;function jS(n){return ms(n===2?"2d":"1d")}var wc=class{constructor(){this.element=ie("div",{class:"tbl-compare","data-testid":"compare"});this.tiles=new Map}show(e,t,i){let r=new Set(e.map(o=>o.run));for(let[o,l]of this.tiles)r.has(o)||(l.renderer?.dispose(),l.element.remove(),this.tiles.delete(o));let s=[];for(let o of e){let l=this.tiles.get(o.run)??this.newTile(o.run);l.caption.textContent=o.caption;let c=o.frame?o.frame.header.metrics.indexOf(t):-1,h=o.message??(o.frame&&c<0?`no metric "${t}"`:null);if(!o.frame||h)l.message.textContent=h??"no record",l.message.hidden=!1,l.slot.hidden=!0;else{let f=o.frame.header.dims;(!l.renderer||l.dims!==f)&&(l.renderer?.dispose(),l.renderer=jS(f),l.dims=f,l.slot.replaceChildren(l.renderer.element)),l.message.hidden=!0,l.slot.hidden=!1,l.renderer.draw(o.frame,{...i,metric:c,maxSide:JS,overlays:[]})}s.push(l.element)}let a=Array.from(this.element.children);(a.length!==s.length||a.some((o,l)=>o!==s[l]))&&this.element.replaceChildren(...s)}resetView(){for(let e of this.tiles.values())e.renderer?.resetView()}dispose(){for(let e of this.tiles.values())e.renderer?.dispose();this.tiles.clear(),this.element.replaceChildren()}newTile(e){let t=ie("div",{class:"tbl-tile-name",title:e},[e]),i=ie("div",{class:"tbl-tile-caption"}),r=ie("div",{class:"tbl-tile-message",hidden:!0}),s=ie("div",{class:"tbl-tile-plot"}),o={element:ie("div",{class:"tbl-tile","data-run":e},[t,i,r,s]),name:t,caption:i,message:r,slot:s,renderer:null,dims:null};return this.tiles.set(e,o),o}},Ac=class{constructor(){this.element=ie("div",{class:"tbl-diff","data-testid":"diff"});this.caption=ie("div",{class:"tbl-diff-caption"});this.message=ie("div",{class:"tbl-diff-message","data-testid":"diff-message",role:"alert",hidden:!0});this.slot=ie("div");this.renderer=null;this.dims=null;this.element.append(this.caption,this.message,this.slot)}get current(){return this.renderer&&!this.slot.hidden?this.renderer:null}show(e,t,i){this.caption.textContent=t,(!this.renderer||this.dims!==e.header.dims)&&(this.renderer?.dispose(),this.renderer=ms(e.header.dims===2?"2d":"1d"),this.dims=e.header.dims,this.slot.replaceChildren(this.renderer.element)),this.message.hidden=!0,this.slot.hidden=!1,this.renderer.draw(e,i)}showMessage(e,t){this.caption.textContent=e,this.message.textContent=t,this.message.hidden=!1,this.slot.hidden=!0}resetView(){this.renderer?.resetView()}dispose(){this.renderer?.dispose(),this.renderer=null,this.dims=null,this.slot.replaceChildren()}};var QS=new Intl.Collator("en",{numeric:!0});function Ju(n){return[...n].sort((e,t)=>QS.compare(e,t)||(e<t?-1:e>t?1:0))}function gs(n,e){let t=ie("select",{"data-testid":e});return{label:ie("label",{},[n,t]),select:t}}function Ec(n,e,t){let i=Array.from(n.options,s=>s.value);(i.length!==e.length||i.some((s,a)=>s!==e[a]))&&n.replaceChildren(...e.map(s=>new Option(s,s)));let r=t!==null&&e.includes(t)?t:e[0]??null;return r!==null&&(n.value=r),r}function Tc(n,e,t,i){let r=ie("input",{type:"checkbox","data-testid":e});return r.checked=t,{label:ie("label",{class:"tbl-check",title:i},[r,n]),input:r}}function bs(n,e,t,i,r){let s=ie("select",{"data-testid":e,title:r});return s.append(...t.map(([o,l])=>new Option(l,o))),s.value=i,{label:ie("label",{},[n,s]),select:s}}function Vn(n,e,t){return ie("button",{type:"button",class:"tbl-button","data-testid":e,title:t},[n])}function ju(n,e,t){return ie("input",{type:"number",step:"any",class:"tbl-number","data-testid":n,placeholder:e,"aria-label":t,autocomplete:"off"})}function Qu(n,e,t){let i=Array.from(n.options,a=>`${a.value}\0${a.text}`);(i.length!==e.length||i.some((a,o)=>a!==`${e[o][0]}\0${e[o][1]}`))&&n.replaceChildren(...e.map(([a,o])=>new Option(o,a)));let r=e.map(a=>a[0]),s=t!==null&&r.includes(t)?t:r[0]??null;return s!==null&&(n.value=s),s}function kg(n,e){let t=URL.createObjectURL(n),i=ie("a",{href:t,download:e,hidden:!0});document.body.append(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(t),3e4)}var xs=class extends Error{constructor(){super("cancelled"),this.name="CancelledError"}},si=n=>_f(n.run,n.tag,n.step,n.wallTime),Cc=class{constructor(e,t=vf(),i=2){this.fetchFrame=e;this.cache=t;this.maxInFlight=i;this.pending=new Map;this.running=new Map;this.counter=0}get inFlight(){return this.running.size}get queued(){return this.pending.size}cached(e){return this.cache.get(si(e))}isHeld(e){let t=si(e);return this.cache.has(t)||this.running.has(t)||this.pending.has(t)}load(e){let t=si(e),i=this.cache.get(t);if(i)return Promise.resolve(i);let r=this.running.get(t);if(r)return r;let s=this.pending.get(t)??this.newJob(t,e);return s.foreground=!0,s.order=++this.counter,this.pump(),s.promise}prefetch(e){let t=new Set(e.map(si));for(let[i,r]of this.pending)!r.foreground&&!t.has(i)&&this.drop(r);for(let i of e){let r=si(i);if(this.cache.has(r)||this.running.has(r))continue;let s=this.pending.get(r)??this.newJob(r,i);s.foreground||(s.order=++this.counter)}this.pump()}cancelPending(){for(let e of[...this.pending.values()])this.drop(e)}newJob(e,t){let i,r,s=new Promise((o,l)=>{i=o,r=l});s.catch(()=>{});let a={key:e,ref:t,foreground:!1,order:0,promise:s,resolve:i,reject:r};return this.pending.set(e,a),a}drop(e){this.pending.delete(e.key),e.reject(new xs)}next(){let e=null;for(let t of this.pending.values())e?t.foreground!==e.foreground?t.foreground&&(e=t):(t.foreground?t.order>e.order:t.order<e.order)&&(e=t):e=t;return e}pump(){for(;this.running.size<this.maxInFlight;){let e=this.next();if(!e)return;this.pending.delete(e.key);let t=(async()=>this.fetchFrame(e.ref))();this.running.set(e.key,e.promise),t.then(i=>{this.cache.set(e.key,i),this.running.delete(e.key),e.resolve(i),this.pump()},i=>{this.running.delete(e.key),e.reject(i),this.pump()})}}};function Rc(n,e){let t=0,i=n.length-1,r=-1;for(;t<=i;){let s=t+i>>1;n[s]<=e?(r=s,t=s+1):i=s-1}return r}function ys(n,e){return n.length===0?-1:e===null?n.length-1:Math.max(0,Rc(n,e))}function Pc(n,e){if(n.length===0)return null;if(e===null)return n[n.length-1];let t=Rc(n,e);return t<0?null:n[t]}function ew(n,e){let t=[];for(let i=1;t.length<n-1&&i<n;i++)e+i<n&&t.push(e+i),e-i>=0&&t.push(e-i);return t}function zg(n,e,t,i,r){let s=[],a=e>=0&&e<n.length?i(n[e]):0;for(let o of ew(n.length,Math.max(0,Math.min(e,n.length-1)))){if(a+=i(n[o]),a>t)break;r(n[o])||s.push(n[o])}return s}function Vg(n,e,t=5){let i=Array.from({length:n},(s,a)=>a).filter(s=>s!==e);if(i.length<=t)return i;let r=new Set;for(let s=0;s<t;s++)r.add(i[Math.round(s*(i.length-1)/(t-1))]);return[...r].sort((s,a)=>s-a)}function Gg(n,e,t=4){let i=n.filter(r=>r!==e);return[...e!==null&&n.includes(e)?[e]:[],...i].slice(0,t)}function Ic(n){let e=1/0,t=-1/0;for(let i of n)!i||!Number.isFinite(i[0])||!Number.isFinite(i[1])||(e=Math.min(e,i[0]),t=Math.max(t,i[1]));return e<=t?[e,t]:null}function Hg(n,e){return Ic(n.map(t=>{let i=t.metrics.indexOf(e);return i>=0&&t.ranges?t.ranges[i]:null}))}function ef(n,e){if(!e||e[0]===null&&e[1]===null)return n;let[t,i]=e;if(!n)return t!==null&&i!==null?[t,i]:null;let r=t===null?n[0]:Math.max(n[0],t),s=i===null?n[1]:Math.min(n[1],i);return r<s?[r,s]:t!==null&&i!==null?[t,i]:n}function Wg(n,e){let t=s=>{let a=s.trim();if(a==="")return null;let o=Number(a);return Number.isFinite(o)?o:void 0},i=t(n),r=t(e);return i===void 0?{clip:null,error:`"${n.trim()}" is not a number`}:r===void 0?{clip:null,error:`"${e.trim()}" is not a number`}:i===null&&r===null?{clip:null,error:null}:i!==null&&r!==null&&!(i<r)?{clip:null,error:"the low end must be below the high end"}:{clip:[i,r],error:null}}function Xg(n,e,t={}){if(t.ctrl||t.alt||t.meta)return null;let i=e.tag.toUpperCase();if(e.editable||i==="TEXTAREA"||i==="SELECT"||i==="INPUT")return null;if(n===" "||n==="Spacebar")return i==="BUTTON"||i==="A"?null:{kind:"play"};switch(n){case"ArrowLeft":return{kind:"step",delta:-1};case"ArrowRight":return{kind:"step",delta:1};case"Home":return{kind:"first"};case"End":return{kind:"latest"};case"1":return{kind:"view",view:"1d"};case"2":return{kind:"view",view:"2d"};case"3":return{kind:"view",view:"3d"};case"c":case"C":return{kind:"view",view:"compare"};case"?":return{kind:"help"};default:return null}}function tw(){try{return window.parent!==window&&window.parent.document.body.classList.contains("dark-mode")}catch{return!1}}function nw(){return typeof window.matchMedia=="function"&&window.matchMedia("(prefers-color-scheme: dark)").matches}function iw(){return tw()||nw()}function $g(n){let e=()=>n.classList.toggle("tbl-dark",iw());e();let t=[];if(typeof window.matchMedia=="function"){let i=window.matchMedia("(prefers-color-scheme: dark)");i.addEventListener("change",e),t.push(()=>i.removeEventListener("change",e))}try{if(window.parent!==window){let i=window.parent.document.body,r=new MutationObserver(e);r.observe(i,{attributes:!0,attributeFilter:["class"]}),t.push(()=>r.disconnect())}}catch{}return()=>t.forEach(i=>i())}var rw=["2d","3d","1d","compare"];function tf(n){try{return decodeURIComponent(n)}catch{return null}}function qg(n){let e=n.startsWith("#")?n.slice(1):n,t={tab:null,entries:new Map};if(!e)return t;for(let i of e.split("&")){let r=i.split("=");if(r.length===1)i!==""&&(t.tab=tf(i)??i);else if(r.length===2){let s=tf(r[0]),a=tf(r[1]);s!==null&&a!==null&&t.entries.set(s,a)}}return t}function sw(n){let e=[];n.tab!==null&&e.push(n.tab);for(let[t,i]of n.entries)e.push(`${encodeURIComponent(t)}=${encodeURIComponent(i)}`);return e.length?`#${e.join("&")}`:""}var Yg=n=>`p.${n}.`;function Zg(n){if(n===void 0||n.trim()==="")return;let e=Number(n);return Number.isFinite(e)?e:void 0}function nf(n){if(n==="1"||n==="true")return!0;if(n==="0"||n==="false")return!1}function Kg(n){if(n!==void 0)try{return JSON.parse(n)}catch{return}}function aw(n){if(n===void 0)return;let e=n.split(",");if(e.length!==2)return;let t=s=>s.trim()===""?null:Zg(s)??NaN,i=t(e[0]),r=t(e[1]);if(!(Number.isNaN(i)||Number.isNaN(r)||i===null&&r===null)&&!(i!==null&&r!==null&&!(i<r)))return[i,r]}function ow(n){let e=Kg(n);if(typeof e!="object"||e===null)return;let t=e;if(t.kind==="runs"&&typeof t.a=="string"&&typeof t.b=="string")return{kind:"runs",a:t.a,b:t.b};if(t.kind==="steps"&&Number.isInteger(t.a)&&Number.isInteger(t.b))return{kind:"steps",a:t.a,b:t.b}}function Jg(n,e="landscape"){let t=qg(n),i=Yg(e),r=M=>t.entries.get(i+M),s={},a=r("run");a!==void 0&&a!==""&&(s.run=a);let o=r("tag");o!==void 0&&o!==""&&(s.tag=o);let l=r("metric");l!==void 0&&l!==""&&(s.metric=l);let c=r("view");rw.includes(c??"")&&(s.view=c);let h=Zg(r("step"));h!==void 0&&Number.isInteger(h)&&(s.step=h);let f=r("scale");(f==="log"||f==="linear")&&(s.scale=f);let u=aw(r("clip"));u&&(s.clip=u);let d=nf(r("fixed"));d!==void 0&&(s.fixed=d);let p=nf(r("path"));p!==void 0&&(s.path=p);let b=r("style");(b==="heatmap"||b==="filled")&&(s.style=b);let g=nf(r("floor"));g!==void 0&&(s.floor=g);let m=r("overlay");(m==="steps"||m==="runs")&&(s.overlay=m);let _=Kg(r("compare"));Array.isArray(_)&&_.every(M=>typeof M=="string")&&(s.compare=_);let A=ow(r("diff"));return A&&(s.diff=A),s}function lw(n){let e=[],t=(r,s)=>s!==void 0&&e.push([r,s]),i=r=>r===void 0?void 0:r?"1":"0";return t("run",n.run),t("tag",n.tag),t("metric",n.metric),t("view",n.view),t("step",n.step===void 0?void 0:String(n.step)),t("scale",n.scale),t("clip",n.clip&&n.clip.map(r=>r===null?"":String(r)).join(",")),t("fixed",i(n.fixed)),t("path",i(n.path)),t("style",n.style),t("floor",i(n.floor)),t("overlay",n.overlay),t("compare",n.compare&&JSON.stringify(n.compare)),t("diff",n.diff&&JSON.stringify(n.diff)),e}function jg(n,e,t="landscape"){let i=qg(n),r=Yg(t),s=new Map([...i.entries].filter(([a])=>!a.startsWith(r)));for(let[a,o]of lw(e))s.set(r+a,o);return sw({tab:i.tab,entries:s})}var cw=["import tb_landscape as tbl","from torch.utils.tensorboard import SummaryWriter","",'logger = tbl.LandscapeLogger(SummaryWriter("runs/exp1"), model, loss_fn, (x_eval, y_eval), every_n_steps=200)',"for step, (x, y) in enumerate(loader):","    ...; optimizer.step()","    logger.step(step)  # cheap when no landscape is due","logger.close()"].join(`
`),hw=125,uw=150,Qg="landscape",e0=[["← / →","previous / next step"],["Home / End","first / latest step"],["Space","play / pause"],["2  3  1  c","2D / 3D / 1D / Compare view"],["?","this help"]],fw=[["2d","2D","Heatmap or filled contours (key 2)"],["3d","3D","Surface (key 3)"],["1d","1D","Curves; slices through the centre of a 2D landscape (key 1)"],["compare","Compare","Runs side by side, or a difference map (key c)"]];function dw(n){return[n.method&&`method: ${n.method}`,n.normalization&&`normalization: ${n.normalization}`,n.seed!==null&&`seed: ${n.seed}`,n.bn_mode&&`BatchNorm: ${n.bn_mode}`,n.data_description&&`data: ${n.data_description}`].filter(Boolean).join(" · ")}function pw(n){return n instanceof Ms?`Server error ${n.message}`:n instanceof Error?`${n.name==="FrameError"?"Unreadable record":"Error"}: ${n.message}`:`Error: ${String(n)}`}function mw(){let n={get:()=>window.location.hash,set:e=>{let t=new URL(window.location.href);t.hash=e,window.history.replaceState(window.history.state,"",t.toString())}};try{if(window.parent===window)return n;let e=window.parent;return e.location.hash,{get:()=>e.location.hash,set:t=>{let i=new URL(e.location.href);i.hash=t,e.history.replaceState(e.history.state,"",i.toString())}}}catch{return n}}var Lc=class{constructor(e){this.opts=e;this.root=ie("div",{class:"tbl-root"});this.runPicker=gs("Run","run-select");this.tagPicker=gs("Tag","tag-select");this.metricPicker=gs("Metric","metric-select");this.viewButtons=new Map;this.viewGroup=ie("div",{class:"tbl-segmented",role:"group","aria-label":"View","data-testid":"view-switch"});this.status=ie("span",{class:"tbl-status","data-testid":"status",role:"status"});this.helpButton=Vn("?","help","Keyboard shortcuts");this.helpPanel=ie("div",{class:"tbl-help","data-testid":"help-panel",hidden:!0});this.styleChoice=bs("Style","style-select",[["heatmap","heatmap + isolines"],["filled","filled contours"]],"heatmap");this.scaleChoice=bs("Scale","scale-select",[["linear","linear"],["log","log"]],"linear","Colour scale");this.clipLo=ju("clip-lo","auto","Colour range: low end (empty: automatic)");this.clipHi=ju("clip-hi","auto","Colour range: high end (empty: automatic)");this.clipReset=Vn("reset","clip-reset","Automatic colour range");this.clipGroup=ie("span",{class:"tbl-clip",role:"group","aria-label":"Clip range"});this.fixedBox=Tc("fixed across steps","fixed-range",!1,"One colour range for all steps (min / max over every step), instead of each step's own");this.pathBox=Tc("path","show-path",!0,"Show the optimizer's path");this.floorBox=Tc("floor contours","floor-contours",!0,"Contour lines on the floor under the surface");this.overlayChoice=bs("Overlay","overlay-select",[["none","none"],["steps","other steps"],["runs","compared runs"]],"none","More curves on the 1D view");this.resetViewButton=Vn("reset view","reset-view","Back to the initial zoom / camera");this.exportPng=Vn("PNG","export-png","Save the picture as PNG");this.exportCsv=Vn("CSV","export-csv","Save the grid as CSV");this.exportJson=Vn("JSON","export-json","Save the grid as JSON");this.exportGroup=ie("span",{class:"tbl-export",role:"group","aria-label":"Export"});this.playButton=Vn("▶","play","Play / pause (Space)");this.slider=ie("input",{type:"range","data-testid":"step-slider",min:0,max:0,step:1,value:0,"aria-label":"Step"});this.stepLabel=ie("span",{class:"tbl-step-label","data-testid":"step-label"});this.liveButton=Vn("","live-indicator","New steps were logged: jump to the latest (End)");this.evolution=ie("div",{class:"tbl-evolution"});this.compareRunsBox=ie("fieldset",{class:"tbl-compare-runs","data-testid":"compare-runs"});this.compareMode=bs("Show","compare-mode",[["tiles","side by side"],["diff","difference"]],"tiles");this.diffKind=bs("Difference of","diff-kind",[["runs","two runs, same step"],["steps","two steps, same run"]],"runs");this.diffA=gs("A","diff-a");this.diffB=gs("B","diff-b");this.comparePanel=ie("div",{class:"tbl-compare-panel"});this.tiles=new wc;this.diffView=new Ac;this.options=ie("div",{class:"tbl-toolbar tbl-options"});this.empty=ie("div",{class:"tbl-empty","data-testid":"empty",hidden:!0},[ie("h2",{},["No loss landscapes yet"]),ie("p",{},["Add three lines to your training loop; this tab picks the landscapes up by itself (or log one with tbl.add_landscape):"]),ie("pre",{},[ie("code",{},[cw])])]);this.main=ie("div",{class:"tbl-main",hidden:!0});this.title=ie("div",{class:"tbl-title","data-testid":"title"});this.meta=ie("div",{class:"tbl-meta"});this.note=ie("div",{class:"tbl-note","data-testid":"note"});this.message=ie("div",{class:"tbl-message","data-testid":"message"});this.viewSlot=ie("div",{class:"tbl-view"});this.run=null;this.tag=null;this.metric=null;this.view=null;this.pinned=null;this.latestAtPin=null;this.scale="linear";this.clip=null;this.fixed=!1;this.path=!0;this.style="heatmap";this.floor=!0;this.overlay="none";this.compareRuns=null;this.mode="tiles";this.diff=null;this.runsWithTag=[];this.infos=[];this.otherSteps=new Map;this.renderer=null;this.rendererKind=null;this.exportable=null;this.drawnStep=null;this.requestedKey=null;this.seq=0;this.drawnSeq=0;this.selection=0;this.prefetching=!1;this.playing=null;this.generation=0;this.inflight=null;this.timer=null;this.urlTimer=null;this.hash=mw();this.stopTheme=null;this.lastError=null;this.stopped=!1;this.cleanups=[];this.panel=null;this.loader=new Cc(t=>e.api.landscape(t.run,t.tag,t.step)),this.build(),this.setStatus("loading","Loading…"),this.wire()}build(){for(let[t,i,r]of fw){let s=Vn(i,`view-${t}`,r);s.setAttribute("aria-pressed","false"),s.addEventListener("click",()=>this.setView(t)),this.viewButtons.set(t,s),this.viewGroup.append(s)}this.helpPanel.append(ie("div",{class:"tbl-help-title"},["Keyboard (focus outside the inputs)"]),ie("dl",{},e0.flatMap(([t,i])=>[ie("dt",{},[t]),ie("dd",{},[i])]))),this.helpButton.setAttribute("aria-expanded","false"),this.helpButton.title=`Keyboard shortcuts: ${e0.map(([t,i])=>`${t}: ${i}`).join("; ")}`;let e=ie("div",{class:"tbl-toolbar"},[this.runPicker.label,this.tagPicker.label,this.metricPicker.label,this.viewGroup,this.status,ie("span",{class:"tbl-spacer"}),this.helpButton]);this.clipGroup.append("Clip",this.clipLo,"–",this.clipHi,this.clipReset),this.exportGroup.append("Export",this.exportPng,this.exportCsv,this.exportJson),this.options.append(this.styleChoice.label,this.scaleChoice.label,this.clipGroup,this.fixedBox.label,this.pathBox.label,this.floorBox.label,this.overlayChoice.label,this.resetViewButton,this.exportGroup),this.liveButton.hidden=!0,this.liveButton.classList.add("tbl-live"),this.playButton.setAttribute("aria-pressed","false"),this.playButton.classList.add("tbl-play"),this.evolution.append(this.playButton,this.slider,this.stepLabel,this.liveButton),this.compareRunsBox.append(ie("legend",{},["Runs"])),this.comparePanel.append(this.compareRunsBox,this.compareMode.label,this.diffKind.label,this.diffA.label,this.diffB.label),this.main.append(this.title,this.meta,this.note,this.message,this.viewSlot),this.root.append(e,this.helpPanel,this.options,this.evolution,this.comparePanel,this.empty,this.main),this.metricPicker.label.hidden=!0,this.showControls()}wire(){let e=(a,o,l)=>a.addEventListener(o,l);e(this.runPicker.select,"change",()=>{this.run=this.runPicker.select.value,this.selectionChanged()}),e(this.tagPicker.select,"change",()=>{this.tag=this.tagPicker.select.value,this.selectionChanged()}),e(this.metricPicker.select,"change",()=>{this.metric=this.metricPicker.select.value,this.changed()}),e(this.styleChoice.select,"change",()=>{this.style=this.styleChoice.select.value==="filled"?"filled":"heatmap",this.changed()}),e(this.scaleChoice.select,"change",()=>{this.scale=this.scaleChoice.select.value==="log"?"log":"linear",this.changed()});let t=()=>{let{clip:a,error:o}=Wg(this.clipLo.value,this.clipHi.value),l=o!==null||this.clipLo.validity.badInput||this.clipHi.validity.badInput;for(let c of[this.clipLo,this.clipHi])c.setAttribute("aria-invalid",String(l));this.clipGroup.title=l?`Clip range ignored: ${o??"not a number"}`:"",!l&&(this.clip=a,this.changed())};e(this.clipLo,"change",t),e(this.clipHi,"change",t),e(this.clipReset,"click",()=>{this.clipLo.value=this.clipHi.value="",t()}),e(this.fixedBox.input,"change",()=>{this.fixed=this.fixedBox.input.checked,this.changed()}),e(this.pathBox.input,"change",()=>{this.path=this.pathBox.input.checked,this.changed()}),e(this.floorBox.input,"change",()=>{this.floor=this.floorBox.input.checked,this.changed()}),e(this.overlayChoice.select,"change",()=>{let a=this.overlayChoice.select.value;this.overlay=a==="steps"||a==="runs"?a:"none",this.saveUrl(),this.overlay==="runs"?this.refresh():this.update()}),e(this.resetViewButton,"click",()=>{this.renderer?.resetView(),this.tiles.resetView(),this.diffView.resetView()}),e(this.exportPng,"click",()=>{this.export("png")}),e(this.exportCsv,"click",()=>{this.export("csv")}),e(this.exportJson,"click",()=>{this.export("json")}),e(this.playButton,"click",()=>this.togglePlay());let i=0;e(this.slider,"input",()=>{i||(i=requestAnimationFrame(()=>{i=0,this.setIndex(Number(this.slider.value))}))}),e(this.liveButton,"click",()=>this.goLatest()),e(this.helpButton,"click",()=>this.toggleHelp()),e(this.compareMode.select,"change",()=>{this.mode=this.compareMode.select.value==="diff"?"diff":"tiles",this.diff=this.mode==="diff"?this.defaultDiff(this.diffKind.select.value==="steps"?"steps":"runs"):null,this.saveUrl(),this.refresh()}),e(this.diffKind.select,"change",()=>{this.diff=this.defaultDiff(this.diffKind.select.value==="steps"?"steps":"runs"),this.saveUrl(),this.refresh()});let r=()=>{if(!this.diff)return;let a=this.diffA.select.value,o=this.diffB.select.value;this.diff=this.diff.kind==="runs"?{kind:"runs",a,b:o}:{kind:"steps",a:Number(a),b:Number(o)},this.saveUrl(),this.refresh()};e(this.diffA.select,"change",r),e(this.diffB.select,"change",r),e(this.compareRunsBox,"change",()=>{let a=Array.from(this.compareRunsBox.querySelectorAll("input[type=checkbox]"));this.compareRuns=a.filter(o=>o.checked).map(o=>o.value),this.saveUrl(),this.refresh()});let s=a=>this.onKey(a);document.addEventListener("keydown",s),this.cleanups.push(()=>document.removeEventListener("keydown",s))}start(){this.applyUrl(Jg(this.hash.get(),Qg)),this.stopTheme=$g(document.documentElement),window.__TBL_DRAWS=window.__TBL_DRAWS??0,window.__TBL_APP={setStep:e=>{let t=this.infos.findIndex(r=>r.step===e),i=t>=0?t:Rc(this.stepNumbers(),e);i>=0&&this.setIndex(i)},steps:()=>this.stepNumbers()},this.refresh().then(()=>this.schedule())}stop(){this.stopped=!0,this.timer!==null&&clearTimeout(this.timer),this.urlTimer!==null&&clearTimeout(this.urlTimer),this.timer=this.urlTimer=null,this.stopPlay(),this.generation++,this.loader.cancelPending(),this.stopTheme?.(),this.cleanups.forEach(e=>e()),this.renderer?.dispose(),this.tiles.dispose(),this.diffView.dispose()}schedule(){this.opts.pollMs<=0||this.stopped||(this.timer=setTimeout(async()=>{!this.inflight&&!document.hidden&&await this.refresh(),this.schedule()},this.opts.pollMs))}selectionChanged(){this.clearView(),this.pinned=this.latestAtPin=null,this.setStatus("loading","Loading…"),this.saveUrl(),this.refresh()}changed(){this.saveUrl(),this.update()}refresh(){let e=++this.generation,t=this.load(e).finally(()=>{this.inflight===t&&(this.inflight=null)});return this.inflight=t,t}async load(e){let{api:t}=this.opts,i=()=>e===this.generation&&!this.stopped;try{let r=await t.tags();if(!i())return;let s=Ju(Object.keys(r).filter(f=>Object.keys(r[f]).length>0));if(s.length===0){this.showEmpty();return}this.empty.hidden=!0,this.runPicker.label.hidden=this.tagPicker.label.hidden=!1;let a=Ec(this.runPicker.select,s,this.run),o=Ec(this.tagPicker.select,Ju(Object.keys(r[a])),this.tag);if((a!==this.run||o!==this.tag)&&(this.drawnStep!==null?(this.clearView(),this.pinned=this.latestAtPin=null):this.selection++,this.run=a,this.tag=o,this.saveUrl()),a===null||o===null)return;this.runsWithTag=s.filter(f=>r[f][o]!==void 0);let l=this.extraRuns().filter(f=>f!==a),[c,...h]=await Promise.all([t.steps(a,o),...l.map(f=>t.steps(f,o).catch(()=>null))]);if(!i())return;if(this.otherSteps.clear(),l.forEach((f,u)=>{let d=h[u];d&&this.otherSteps.set(f,d.steps)}),this.showSkipped(c),this.infos=c.steps,this.infos.length===0){this.setStatus("error","No readable record for this run and tag.");return}this.lastError=null,this.pinned!==null&&this.latestAtPin===null&&(this.latestAtPin=this.infos[this.infos.length-1].step),this.update()}catch(r){if(!i())return;this.fail(r)}}fail(e){let t=pw(e);t!==this.lastError&&console.warn("tb-landscape:",e),this.lastError=t,this.setStatus("error",t)}stepNumbers(){return this.infos.map(e=>e.step)}stepsOf(e){return e===this.run?this.infos:this.otherSteps.get(e)??[]}dims(){return this.infos.length?this.infos[this.infos.length-1].dims:null}effectiveView(){let e=this.dims(),t=this.view??(e===1?"1d":"2d");return e===1&&(t==="2d"||t==="3d")?"1d":t}comparedRuns(){return(this.compareRuns??Gg(this.runsWithTag,this.run)).filter(t=>this.runsWithTag.includes(t))}extraRuns(){let e=this.effectiveView();return e==="compare"&&this.mode==="diff"&&this.diff?.kind==="runs"?[this.diff.a,this.diff.b]:e==="compare"||e==="1d"&&this.overlay==="runs"?this.comparedRuns():[]}defaultDiff(e){if(e==="runs"){let r=this.runsWithTag,s=this.run??r[0]??"";return{kind:e,a:s,b:r.find(a=>a!==s)??s}}let t=this.stepNumbers(),i=ys(t,this.pinned);return{kind:e,a:t[i]??0,b:t[0]??0}}ref(e,t){return{run:e,tag:this.tag,step:t.step,wallTime:t.wall_time}}domainFor(e,t){let i=this.metric??"";if(this.fixed){let s=Ic(t.map(a=>Hg(this.stepsOf(a),i)));if(s)return ef(s,this.clip)}if(!this.clip&&e.length<=1)return null;let r=e.map(s=>{let a=s?s.header.metrics.indexOf(i):-1;return s&&a>=0?Qi(Zt(s,a)):null});return ef(Ic(r),this.clip)}viewOptions(e,t){let i=e?Math.max(0,e.header.metrics.indexOf(this.metric??"")):0;return{...Df,metric:i,scale:this.scale,domain:t,style:this.style,path:this.path,floorContours:this.floor,overlays:[]}}scene(){let e=this.run,t=this.tag,i=this.stepNumbers();if(e===null||t===null||i.length===0)return null;let r=ys(i,this.pinned),s=this.infos[r],a=this.effectiveView(),o=JSON.stringify([a,this.metric,this.scale,this.clip,this.fixed,this.path,this.style,this.floor]);return a!=="compare"?this.mainScene(a,e,r,s,o):this.mode==="diff"&&this.diff?this.diffScene(e,s,o):this.tileScene(s,o)}mainScene(e,t,i,r,s){let a=[{ref:this.ref(t,r)}],o=[];if(e==="1d"&&this.overlay==="steps")for(let c of Vg(this.infos.length,i))a.push({ref:this.ref(t,this.infos[c]),optional:!0}),o.push(`step ${this.infos[c].step}`);else if(e==="1d"&&this.overlay==="runs")for(let c of this.comparedRuns()){if(c===t)continue;let h=this.stepsOf(c),f=Pc(h.map(d=>d.step),this.pinned===null?null:r.step),u=h.find(d=>d.step===f);u&&(a.push({ref:this.ref(c,u),optional:!0}),o.push(`${c} · step ${u.step}`))}return{key:["main",s,this.overlay,...a.map(c=>si(c.ref))].join(""),step:r.step,needs:a,draw:c=>{let h=c[0],f=[];c.slice(1).forEach((_,A)=>_&&f.push({label:o[A],frame:_}));let u=h.header.dims===1?"1d":e,d=this.mainRenderer(u),p=this.overlay==="runs"&&u==="1d"?[t,...this.comparedRuns()]:[t],b=h.header.metrics.indexOf(this.metric??""),g=b>=0?this.domainFor(u==="1d"?c:[h],p):null;this.drawTimed(()=>d.draw(h,{...this.viewOptions(h,g),overlays:f}));let{header:m}=h;this.title.textContent=`${m.run} · ${m.tag} · step ${m.step} · ${m.metrics[Math.max(0,b)]??""}`,this.meta.textContent=dw(m),this.exportable={frame:h,renderer:d,name:[m.run,m.tag,m.step]}}}}tileScene(e,t){let i=this.comparedRuns(),r=this.pinned===null?null:e.step,s=i.map(l=>{let c=this.stepsOf(l),h=Pc(c.map(f=>f.step),r);return{run:l,info:c.find(f=>f.step===h)??null,known:c.length>0}}),a=s.filter(l=>l.info).map(l=>({ref:this.ref(l.run,l.info),optional:!0}));return{key:["tiles",t,...i,...a.map(l=>si(l.ref))].join(""),step:e.step,needs:a,draw:l=>{let c=0,h=s.map(u=>{if(!u.info)return{run:u.run,frame:null,caption:"",message:u.known?`no step ≤ ${e.step}`:"no readable record"};let d=l[c++];return{run:u.run,frame:d,caption:`step ${u.info.step}`,message:d?void 0:"could not be loaded"}}),f=this.domainFor(h.map(u=>u.frame),i);this.showPanel("tiles"),this.drawTimed(()=>this.tiles.show(h,this.metric??"",this.viewOptions(null,f))),this.title.textContent=`${this.tag} · ${i.length} run${i.length===1?"":"s"} · ${r===null?"latest steps":`step ≤ ${e.step}`} · ${this.metric??""}`,this.meta.textContent=i.length?this.dims()===2?"One colour scale for all tiles.":"One value range for all tiles.":"Choose runs to compare.",this.exportable=null}}}diffScene(e,t,i){let r=this.diff,s=this.metric??"",a,o;if(r.kind==="runs"){let f=u=>{let d=this.stepsOf(u),p=Pc(d.map(b=>b.step),this.pinned===null?null:t.step);return d.find(b=>b.step===p)};a={run:r.a,info:f(r.a),label:r.a},o={run:r.b,info:f(r.b),label:r.b}}else a={run:e,info:this.infos.find(f=>f.step===r.a),label:`step ${r.a}`},o={run:e,info:this.infos.find(f=>f.step===r.b),label:`step ${r.b}`};let l=[a,o].filter(f=>f.info).map(f=>({ref:this.ref(f.run,f.info)})),c=["diff",i,JSON.stringify(r),...l.map(f=>si(f.ref))].join(""),h=r.kind==="runs"?`${a.label}${a.info?` (step ${a.info.step})`:""} − ${o.label}${o.info?` (step ${o.info.step})`:""}`:`${e}: ${a.label} − ${o.label}`;return{key:c,step:t.step,needs:l,draw:f=>{if(this.showPanel("diff"),this.title.textContent=`${this.tag} · difference · ${s}`,this.meta.textContent="A − B: red where A is higher, blue where it is lower.",this.exportable=null,!a.info||!o.info){let m=a.info?o:a;this.diffView.showMessage(h,`${m.label} has no step${r.kind==="runs"?` ≤ ${t.step}`:""} to compare.`);return}let u=Sf(f[0],f[1],s,{a:a.label,b:o.label});if(!u.ok){this.diffView.showMessage(h,u.error);return}let d=this.clip?Math.max(...this.clip.filter(m=>m!==null).map(Math.abs)):0,p=d>0?[-d,d]:Bc(u.frame.values),b={...this.viewOptions(u.frame,p),metric:0,scale:"linear",palette:"diverging",path:!1};this.drawTimed(()=>this.diffView.show(u.frame,h,b));let g=r.kind==="runs"?[r.a,"minus",r.b,this.tag,"step",t.step]:[e,this.tag,r.a,"minus",r.b];this.exportable={frame:u.frame,renderer:this.diffView.current,name:g}}}}mainRenderer(e){if(this.showPanel("main"),!this.renderer||this.rendererKind!==e){this.renderer?.dispose(),this.renderer=null;try{this.renderer=ms(e)}catch(t){this.message.textContent=`The ${e.toUpperCase()} view is not available here: ${t.message}`,this.renderer=ms(e==="3d"?"2d":"1d")}this.rendererKind=e,this.viewSlot.replaceChildren(this.renderer.element)}return this.renderer}showPanel(e){if(e===this.panel)return;this.panel=e,e!=="main"&&(this.message.textContent="");let t=e==="main"?this.renderer?.element:e==="tiles"?this.tiles.element:this.diffView.element;this.viewSlot.replaceChildren(...t?[t]:[])}drawTimed(e){let t=performance.now();e(),performance.mark("tbl-drawn"),window.__TBL_LAST_DRAW_MS=performance.now()-t,window.__TBL_DRAWS=(window.__TBL_DRAWS??0)+1}update(){this.syncControls();let e=this.scene();if(!e)return;if(e.key===this.requestedKey){this.drawnSeq===this.seq&&this.setStatus("ready",this.readyText());return}this.requestedKey=e.key;let t=++this.seq,i=this.selection,r=e.needs.map(s=>this.loader.cached(s.ref)??null);if(r.every(s=>s!==null))this.commit(t,i,e,r);else{this.setStatus("loading",`Loading step ${e.step}…`);let s=e.needs.map((a,o)=>r[o]?Promise.resolve(r[o]):this.loader.load(a.ref).catch(l=>a.optional&&!(l instanceof xs)?null:Promise.reject(l)));Promise.all(s).then(a=>this.commit(t,i,e,a),a=>{t!==this.seq||i!==this.selection||a instanceof xs||(this.requestedKey=null,this.stopPlay(),this.fail(a))})}this.prefetch()}commit(e,t,i,r){if(!(e<=this.drawnSeq||t!==this.selection||this.stopped)){this.drawnSeq=e;try{i.draw(r)}catch(s){this.fail(s);return}this.main.hidden=!1,this.drawnStep=i.step;for(let s of[this.exportPng,this.exportCsv,this.exportJson])s.disabled=this.exportable===null;e===this.seq?this.setStatus("ready",this.readyText()):this.setStatus("loading",this.status.textContent??"")}}prefetch(){if(!this.prefetching||this.run===null||this.tag===null)return;let e=this.run,t=ys(this.stepNumbers(),this.pinned),i=zg(this.infos,t,this.loader.cache.maxBytes*.75,r=>yf(r.shape),r=>this.loader.isHeld(this.ref(e,r)));this.loader.prefetch(i.map(r=>this.ref(e,r)))}setIndex(e){let t=this.stepNumbers();if(t.length===0)return;let i=Math.max(0,Math.min(t.length-1,e));this.prefetching=!0,i===t.length-1?this.pinned=this.latestAtPin=null:(this.pinned===null&&(this.latestAtPin=t[t.length-1]),this.pinned=t[i]),this.saveUrl(),this.update()}currentIndex(){return ys(this.stepNumbers(),this.pinned)}goLatest(){this.setIndex(this.infos.length-1)}togglePlay(){if(this.playing!==null){this.stopPlay();return}let e=this.infos.length;e<2||(this.currentIndex()>=e-1&&this.setIndex(0),this.prefetching=!0,this.playing=setInterval(()=>this.tick(),hw),this.playButton.textContent="❚❚",this.playButton.setAttribute("aria-pressed","true"))}tick(){if(this.drawnSeq!==this.seq)return;let e=this.currentIndex();if(e>=this.infos.length-1){this.stopPlay();return}this.setIndex(e+1),this.currentIndex()>=this.infos.length-1&&this.stopPlay()}stopPlay(){this.playing!==null&&clearInterval(this.playing),this.playing=null,this.playButton.textContent="▶",this.playButton.setAttribute("aria-pressed","false")}setView(e){this.dims()===1&&(e==="2d"||e==="3d")||this.effectiveView()===e&&this.view!==null||(this.view=e,this.saveUrl(),e==="compare"||e==="1d"&&this.overlay==="runs"?this.refresh():this.update())}syncControls(){let e=this.effectiveView(),t=this.dims();for(let[f,u]of this.viewButtons)u.setAttribute("aria-pressed",String(f===e)),u.disabled=t===1&&(f==="2d"||f==="3d");let i=this.infos.length?this.infos[this.infos.length-1].metrics:[],r=Ec(this.metricPicker.select,i,this.metric);r!==this.metric&&r!==null&&(this.metric=r,this.saveUrl()),this.metricPicker.label.hidden=i.length<=1;let s=this.stepNumbers(),a=s.length,o=ys(s,this.pinned);this.slider.max=String(Math.max(0,a-1)),this.slider.value=String(Math.max(0,o)),this.slider.disabled=a<2,this.playButton.disabled=a<2;let l=o>=0?s[o]:null;this.slider.setAttribute("aria-valuetext",l===null?"no step":`step ${l}`),this.stepLabel.textContent=l===null?"":`step ${l} (${o+1}/${a})${this.pinned===null?" · latest":""}`;let c=a?s[a-1]:null,h=this.pinned!==null&&c!==null&&this.latestAtPin!==null&&c>this.latestAtPin;this.liveButton.hidden=!h,h&&(this.liveButton.textContent=`● new step ${c}`),this.syncCompareControls(),this.showControls()}syncCompareControls(){let e=this.runsWithTag,t=new Set(this.comparedRuns()),i=Array.from(this.compareRunsBox.querySelectorAll("input[type=checkbox]"));if(i.length!==e.length||i.some((s,a)=>s.value!==e[a])){let s=ie("legend",{},["Runs"]);this.compareRunsBox.replaceChildren(s,...e.map(a=>{let o=ie("input",{type:"checkbox",value:a});return ie("label",{class:"tbl-check",title:a},[o,a])}))}for(let s of this.compareRunsBox.querySelectorAll("input[type=checkbox]"))s.checked=t.has(s.value);this.compareMode.select.value=this.mode;let r=this.mode==="diff"?this.diff??this.defaultDiff("runs"):null;if(r&&!this.diff&&(this.diff=r),this.diffKind.label.hidden=this.diffA.label.hidden=this.diffB.label.hidden=r===null,r){this.diffKind.select.value=r.kind;let s=r.kind==="runs"?e.map(a=>[a,a]):this.stepNumbers().map(a=>[String(a),`step ${a}`]);Qu(this.diffA.select,s,String(r.a)),Qu(this.diffB.select,s,String(r.b))}}showControls(){let e=this.effectiveView(),t=this.infos.length>0,i=e==="compare"&&this.mode==="diff",r=i&&this.diff?.kind==="steps";this.options.hidden=this.evolution.hidden=!t,this.styleChoice.label.hidden=!(e==="2d"||e==="compare"&&this.dims()===2),this.scaleChoice.label.hidden=i,this.fixedBox.label.hidden=i,this.pathBox.label.hidden=i,this.floorBox.label.hidden=e!=="3d",this.overlayChoice.label.hidden=e!=="1d",this.exportGroup.hidden=e==="compare"&&!i,this.evolution.hidden=!t||r,this.comparePanel.hidden=!t||e!=="compare",this.compareRunsBox.hidden=i}toggleHelp(){this.helpPanel.hidden=!this.helpPanel.hidden,this.helpButton.setAttribute("aria-expanded",String(!this.helpPanel.hidden))}onKey(e){if(e.defaultPrevented||this.infos.length===0&&e.key!=="?")return;let t=e.target instanceof HTMLElement?e.target:document.body,i=t.tagName==="CANVAS"||t.tagName==="svg",r=Xg(e.key,{tag:t.tagName,type:t.type,editable:t.isContentEditable},{ctrl:e.ctrlKey,alt:e.altKey,meta:e.metaKey});if(r&&!(i&&(r.kind==="step"||r.kind==="first"||r.kind==="latest")))switch(e.preventDefault(),r.kind){case"step":this.setIndex(this.currentIndex()+r.delta);break;case"first":this.setIndex(0);break;case"latest":this.goLatest();break;case"play":this.togglePlay();break;case"view":this.setView(r.view);break;case"help":this.toggleHelp();break}}async export(e){let t=this.exportable;if(!t)return;let i=Tf(t.name,e);try{let r;if(e==="png"){if(!t.renderer)throw new Error("nothing drawn");r=await t.renderer.toPng()}else e==="csv"?r=new Blob([Af(t.frame)],{type:"text/csv"}):r=new Blob([Ef(t.frame)],{type:"application/json"});kg(r,i),this.exportGroup.title=`Saved ${i}`}catch(r){this.exportGroup.title=`Export failed: ${r.message}`,this.message.textContent=`Export failed: ${r.message}`}}applyUrl(e){this.run=e.run??null,this.tag=e.tag??null,this.metric=e.metric??null,this.view=e.view??null,this.pinned=e.step??null,this.scale=e.scale??"linear",this.clip=e.clip??null,this.fixed=e.fixed??!1,this.path=e.path??!0,this.style=e.style??"heatmap",this.floor=e.floor??!0,this.overlay=e.overlay??"none",this.overlayChoice.select.value=this.overlay,this.compareRuns=e.compare??null,this.diff=e.diff??null,this.mode=this.diff?"diff":"tiles",this.styleChoice.select.value=this.style,this.scaleChoice.select.value=this.scale,this.clipLo.value=this.clip?.[0]===null||!this.clip?"":String(this.clip[0]),this.clipHi.value=this.clip?.[1]===null||!this.clip?"":String(this.clip[1]),this.fixedBox.input.checked=this.fixed,this.pathBox.input.checked=this.path,this.floorBox.input.checked=this.floor}urlState(){let e={};return this.run!==null&&(e.run=this.run),this.tag!==null&&(e.tag=this.tag),this.metric!==null&&(e.metric=this.metric),this.view!==null&&(e.view=this.view),this.pinned!==null&&(e.step=this.pinned),this.scale!=="linear"&&(e.scale=this.scale),this.clip&&(e.clip=this.clip),this.fixed&&(e.fixed=!0),this.path||(e.path=!1),this.style!=="heatmap"&&(e.style=this.style),this.floor||(e.floor=!1),this.overlay!=="none"&&(e.overlay=this.overlay),this.compareRuns&&(e.compare=this.compareRuns),this.mode==="diff"&&this.diff&&(e.diff=this.diff),e}saveUrl(){this.urlTimer!==null&&clearTimeout(this.urlTimer),this.urlTimer=setTimeout(()=>{this.urlTimer=null;try{let e=this.hash.get(),t=jg(e,this.urlState(),Qg);t!==e&&this.hash.set(t)}catch(e){console.warn("tb-landscape: cannot write the URL",e)}},uw)}readyText(){let e=this.infos.length;return`Step ${this.drawnStep} · ${e} step${e===1?"":"s"} logged`}showSkipped(e){let t=e.skipped.length;if(t===0){this.note.textContent="";return}let i=e.skipped[0];this.note.textContent=`${t} record${t===1?"":"s"} could not be read and ${t===1?"is":"are"} not shown (step ${i.step}: ${i.error}${t>1?"; …":""}).`}clearView(){this.selection++,this.stopPlay(),this.loader.cancelPending(),this.prefetching=!1,this.exportable=null,this.drawnStep=null,this.requestedKey=null,this.infos=[],this.otherSteps.clear(),this.main.hidden=!0,this.note.textContent="",this.message.textContent="",this.showControls()}showEmpty(){this.clearView(),this.run=this.tag=null,this.runsWithTag=[],this.empty.hidden=!1,this.runPicker.label.hidden=this.tagPicker.label.hidden=this.metricPicker.label.hidden=!0,this.runPicker.select.replaceChildren(),this.tagPicker.select.replaceChildren(),this.comparePanel.hidden=!0,this.setStatus("empty","No landscape data.")}setStatus(e,t){e!=="error"&&(this.lastError=null),this.status.dataset.state=e,this.status.dataset.step=this.drawnStep===null?"":String(this.drawnStep),this.status.textContent=t}};var t0=`
html, body { margin: 0; padding: 0; background: var(--tbl-bg); }
body:focus { outline: none; }
:root {
  --tbl-bg: #ffffff;
  --tbl-fg: #212121;
  --tbl-muted: #616161;
  --tbl-border: #e0e0e0;
  --tbl-input-bg: #ffffff;
  --tbl-accent: #f57c00;
  --tbl-line: #1976d2;
  --tbl-error: #c62828;
  --tbl-code-bg: #f5f5f5;
}
:root.tbl-dark {
  --tbl-bg: #303030;
  --tbl-fg: #eeeeee;
  --tbl-muted: #bdbdbd;
  --tbl-border: #555555;
  --tbl-input-bg: #424242;
  --tbl-accent: #ffb74d;
  --tbl-line: #64b5f6;
  --tbl-error: #ef9a9a;
  --tbl-code-bg: #424242;
  color-scheme: dark;
}
.tbl-root {
  font-family: Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 13px;
  color: var(--tbl-fg);
  background: var(--tbl-bg);
  padding: 12px 16px;
}
.tbl-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 10px; }
.tbl-toolbar label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); }
.tbl-toolbar label[hidden] { display: none; }
.tbl-toolbar select {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; max-width: 320px;
}
.tbl-status { color: var(--tbl-muted); }
.tbl-status[data-state="error"] { color: var(--tbl-error); }
.tbl-title { font-size: 14px; font-weight: 500; margin: 4px 0 2px; overflow-wrap: anywhere; }
.tbl-meta, .tbl-note { color: var(--tbl-muted); font-size: 12px; margin-bottom: 6px; overflow-wrap: anywhere; }
.tbl-note:empty { display: none; }
.tbl-row { display: flex; align-items: flex-start; gap: 8px; }
.tbl-figure { position: relative; flex: none; }
.tbl-axes { position: absolute; left: 0; top: 0; overflow: visible; }
.tbl-plot { position: absolute; display: block; cursor: crosshair; }
.tbl-axis line, .tbl-frame { stroke: var(--tbl-muted); fill: none; shape-rendering: crispEdges; }
.tbl-axis text { fill: var(--tbl-fg); font-size: 11px; }
.tbl-axis .tbl-axis-title { fill: var(--tbl-muted); font-size: 12px; }
.tbl-colorbar { display: flex; flex-direction: column; gap: 2px; margin-top: -10px; }
.tbl-colorbar-title { color: var(--tbl-muted); font-size: 11px; height: 16px; white-space: nowrap; }
.tbl-colorbar-body { display: flex; align-items: flex-start; }
.tbl-colorbar-bar { display: block; outline: 1px solid var(--tbl-border); }
.tbl-colorbar-axis { overflow: visible; }
.tbl-readout { color: var(--tbl-muted); font-size: 12px; min-height: 16px; margin: 2px 0 0 64px; font-variant-numeric: tabular-nums; }
.tbl-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; color: var(--tbl-muted); font-size: 12px; margin: 4px 0 0 64px; }
.tbl-legend-entry { display: inline-flex; align-items: center; gap: 6px; }
.tbl-swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid var(--tbl-border); }
.tbl-hatched { background-image: repeating-linear-gradient(-45deg, rgba(255,255,255,0.9) 0 1.5px, transparent 1.5px 5.5px); }
.tbl-center-mark { font-weight: 700; font-size: 16px; line-height: 14px; }
.tbl-center-dash { display: inline-block; width: 14px; border-top: 1.5px dashed var(--tbl-accent); }
.tbl-curve-svg { display: block; overflow: visible; }
.tbl-curve-line { fill: none; stroke: var(--tbl-line); stroke-width: 1.5; stroke-linejoin: round; }
.tbl-curve-dot { fill: var(--tbl-line); }
.tbl-center-line { stroke: var(--tbl-accent); stroke-dasharray: 4 3; }
.tbl-empty { max-width: 900px; line-height: 1.5; }
.tbl-empty h2 { font-size: 16px; font-weight: 500; margin: 8px 0; }
.tbl-empty pre {
  background: var(--tbl-code-bg); padding: 8px 12px; border-radius: 3px; overflow-x: auto;
  font-family: "Roboto Mono", Menlo, Consolas, monospace; font-size: 12px;
}
.tbl-toolbar input[type="number"] {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; width: 72px;
}
.tbl-toolbar input[aria-invalid="true"] { border-color: var(--tbl-error); }
.tbl-options { margin-top: -4px; }
.tbl-options > label, .tbl-options > span { white-space: nowrap; }
.tbl-check { display: inline-flex; align-items: center; gap: 4px; color: var(--tbl-muted); cursor: pointer; }
.tbl-check input { margin: 0; accent-color: var(--tbl-accent); }
.tbl-clip, .tbl-export { display: inline-flex; align-items: center; gap: 4px; color: var(--tbl-muted); }
.tbl-spacer { flex: 1 1 auto; }
.tbl-button {
  font: inherit; font-size: 12px; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 8px; cursor: pointer; line-height: 18px;
}
.tbl-button:hover:not(:disabled) { border-color: var(--tbl-muted); }
.tbl-button:disabled { opacity: 0.45; cursor: default; }
.tbl-button:focus-visible, .tbl-root select:focus-visible, .tbl-root input:focus-visible {
  outline: 2px solid var(--tbl-accent); outline-offset: 1px;
}
.tbl-segmented { display: inline-flex; }
.tbl-segmented .tbl-button { border-radius: 0; margin-left: -1px; min-width: 34px; }
.tbl-segmented .tbl-button:first-child { border-radius: 3px 0 0 3px; margin-left: 0; }
.tbl-segmented .tbl-button:last-child { border-radius: 0 3px 3px 0; }
.tbl-segmented .tbl-button[aria-pressed="true"] {
  background: var(--tbl-accent); border-color: var(--tbl-accent); color: #fff; position: relative; z-index: 1;
}
:root.tbl-dark .tbl-segmented .tbl-button[aria-pressed="true"] { color: #212121; }
.tbl-evolution { display: flex; align-items: center; gap: 10px; margin: 0 0 10px; max-width: 760px; }
.tbl-evolution[hidden] { display: none; }
.tbl-play { min-width: 34px; }
.tbl-evolution input[type="range"] { flex: 1 1 auto; min-width: 120px; accent-color: var(--tbl-accent); margin: 0; }
.tbl-step-label { color: var(--tbl-muted); font-size: 12px; white-space: nowrap; font-variant-numeric: tabular-nums; min-width: 150px; }
.tbl-live { color: var(--tbl-accent); border-color: var(--tbl-accent); white-space: nowrap; }
.tbl-help {
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 6px 12px; margin-bottom: 10px;
  font-size: 12px; color: var(--tbl-muted); max-width: 420px;
}
.tbl-help-title { font-weight: 500; color: var(--tbl-fg); margin-bottom: 4px; }
.tbl-help dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.tbl-help dt { font-family: "Roboto Mono", Menlo, Consolas, monospace; color: var(--tbl-fg); }
.tbl-help dd { margin: 0; }
.tbl-compare-panel { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 10px; }
.tbl-compare-panel > label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); }
.tbl-compare-panel select {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; max-width: 320px;
}
.tbl-compare-runs {
  display: flex; flex-wrap: wrap; gap: 4px 14px; border: 1px solid var(--tbl-border); border-radius: 3px;
  padding: 4px 10px 6px; margin: 0; max-width: 100%;
}
.tbl-compare-runs legend { color: var(--tbl-muted); font-size: 12px; padding: 0 4px; }
.tbl-compare-runs .tbl-check { color: var(--tbl-fg); max-width: 280px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbl-compare { display: flex; flex-wrap: wrap; gap: 16px 20px; align-items: flex-start; }
.tbl-tile { min-width: 160px; }
.tbl-tile-name { font-weight: 500; overflow-wrap: anywhere; max-width: 360px; }
.tbl-tile-caption { color: var(--tbl-muted); font-size: 12px; margin-bottom: 2px; }
.tbl-tile-message { color: var(--tbl-muted); font-size: 12px; padding: 24px 0; }
.tbl-diff-caption { color: var(--tbl-muted); font-size: 12px; margin-bottom: 4px; overflow-wrap: anywhere; }
.tbl-diff-message { color: var(--tbl-error); margin: 8px 0; }
.tbl-message { color: var(--tbl-error); font-size: 12px; margin-bottom: 6px; }
.tbl-message:empty { display: none; }
[hidden] { display: none !important; }
`;var gw=5e3;function bw(n,e){let t=[new URLSearchParams(n).get("poll"),e];for(let i of t){if(i==null||i==="")continue;let r=Number(i);if(Number.isFinite(r)&&r>=0)return r}return gw}var Nc=null;function D3(){if(Nc)return;let n=document.createElement("style");n.textContent=t0+Bg(),document.head.append(n),Nc=new Lc({api:new ka,pollMs:bw(window.location.search,window.__TBL_POLL_MS)}),document.body.tabIndex=-1,document.body.append(Nc.root),Nc.start()}export{bw as pollInterval,D3 as render};
