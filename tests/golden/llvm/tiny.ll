; ModuleID = 'tiny'
source_filename = "tiny"

@eic_grad_units = constant i64 257
@eic_gain_floats = constant i64 256
@eic_model_fingerprint = constant i64 2900930853132237376

define void @eic_gains(ptr %params, ptr %gains) {
entry:
  %0 = getelementptr float, ptr %params, i64 65536
  %1 = getelementptr float, ptr %gains, i64 0
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %body ]
  %2 = icmp slt i64 %i, 256
  br i1 %2, label %body, label %done

body:                                             ; preds = %loop
  %3 = getelementptr float, ptr %1, i64 %i
  store <8 x float> zeroinitializer, ptr %3, align 4
  %4 = add i64 %i, 8
  br label %loop

done:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %done7, %done
  %i4 = phi i64 [ 0, %done ], [ %13, %done7 ]
  %5 = icmp slt i64 %i4, 1
  br i1 %5, label %body2, label %done3

body2:                                            ; preds = %loop1
  br label %loop5

done3:                                            ; preds = %loop1
  ret void

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %21, %done11 ]
  %6 = icmp slt i64 %i8, 256
  br i1 %6, label %body6, label %done7

body6:                                            ; preds = %loop5
  %7 = mul i64 %i4, 256
  %8 = add i64 %7, %i8
  %9 = mul i64 %8, 256
  %10 = getelementptr float, ptr %0, i64 %9
  %11 = mul i64 %i4, 256
  %12 = getelementptr float, ptr %1, i64 %11
  br label %loop9

done7:                                            ; preds = %loop5
  %13 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %20, %body10 ]
  %14 = icmp slt i64 %i12, 256
  br i1 %14, label %body10, label %done11

body10:                                           ; preds = %loop9
  %15 = getelementptr float, ptr %12, i64 %i12
  %16 = getelementptr float, ptr %10, i64 %i12
  %17 = load <8 x float>, ptr %16, align 4
  %18 = load <8 x float>, ptr %15, align 4
  %19 = fadd <8 x float> %18, %17
  store <8 x float> %19, ptr %15, align 4
  %20 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %21 = add i64 %i8, 1
  br label %loop5
}

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ 0, %entry ], [ %20, %done3 ]
  %11 = icmp slt i64 %i, 1
  br i1 %11, label %body, label %done

body:                                             ; preds = %loop
  br label %loop1

done:                                             ; preds = %loop
  br label %loop29

loop1:                                            ; preds = %done19, %body
  %i4 = phi i64 [ 0, %body ], [ %183, %done19 ]
  %12 = icmp slt i64 %i4, 1
  br i1 %12, label %body2, label %done3

body2:                                            ; preds = %loop1
  %13 = mul i64 %i, 1
  %14 = add i64 %13, %i4
  %15 = sub i64 %b1, %b0
  %16 = sdiv i64 %15, 4
  %17 = mul i64 %16, 4
  %18 = add i64 %b0, %17
  %19 = getelementptr float, ptr %params, i64 0
  br label %loop5

done3:                                            ; preds = %loop1
  %20 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ %b0, %body2 ], [ %68, %done11 ]
  %21 = icmp slt i64 %i8, %18
  br i1 %21, label %body6, label %done7

body6:                                            ; preds = %loop5
  br label %loop9

done7:                                            ; preds = %loop5
  %22 = getelementptr float, ptr %params, i64 0
  br label %loop17

loop9:                                            ; preds = %done15, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %181, %done15 ]
  %23 = icmp slt i64 %i12, 256
  br i1 %23, label %body10, label %done11

body10:                                           ; preds = %loop9
  %24 = mul i64 %14, 256
  %25 = add i64 %24, %i12
  %26 = mul i64 %25, 256
  %27 = getelementptr float, ptr %19, i64 %26
  %28 = add i64 %i8, 0
  %29 = mul i64 %i4, 256
  %30 = mul i64 %28, 784
  %31 = add i64 %30, 0
  %32 = getelementptr float, ptr %acts, i64 %31
  %33 = getelementptr float, ptr %32, i64 %29
  %34 = mul i64 %28, 784
  %35 = add i64 %34, 256
  %36 = getelementptr float, ptr %acts, i64 %35
  %37 = getelementptr float, ptr %36, i64 %25
  %38 = add i64 %i8, 1
  %39 = mul i64 %i4, 256
  %40 = mul i64 %38, 784
  %41 = add i64 %40, 0
  %42 = getelementptr float, ptr %acts, i64 %41
  %43 = getelementptr float, ptr %42, i64 %39
  %44 = mul i64 %38, 784
  %45 = add i64 %44, 256
  %46 = getelementptr float, ptr %acts, i64 %45
  %47 = getelementptr float, ptr %46, i64 %25
  %48 = add i64 %i8, 2
  %49 = mul i64 %i4, 256
  %50 = mul i64 %48, 784
  %51 = add i64 %50, 0
  %52 = getelementptr float, ptr %acts, i64 %51
  %53 = getelementptr float, ptr %52, i64 %49
  %54 = mul i64 %48, 784
  %55 = add i64 %54, 256
  %56 = getelementptr float, ptr %acts, i64 %55
  %57 = getelementptr float, ptr %56, i64 %25
  %58 = add i64 %i8, 3
  %59 = mul i64 %i4, 256
  %60 = mul i64 %58, 784
  %61 = add i64 %60, 0
  %62 = getelementptr float, ptr %acts, i64 %61
  %63 = getelementptr float, ptr %62, i64 %59
  %64 = mul i64 %58, 784
  %65 = add i64 %64, 256
  %66 = getelementptr float, ptr %acts, i64 %65
  %67 = getelementptr float, ptr %66, i64 %25
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop13

done11:                                           ; preds = %loop9
  %68 = add i64 %i8, 4
  br label %loop5

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %108, %body14 ]
  %69 = icmp slt i64 %i16, 256
  br i1 %69, label %body14, label %done15

body14:                                           ; preds = %loop13
  %70 = add i64 %i16, 0
  %71 = getelementptr float, ptr %27, i64 %70
  %72 = load <8 x float>, ptr %71, align 4
  %73 = load <8 x float>, ptr %10, align 32
  %74 = getelementptr float, ptr %33, i64 %70
  %75 = load <8 x float>, ptr %74, align 4
  %76 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %72, <8 x float> %75, <8 x float> %73)
  store <8 x float> %76, ptr %10, align 32
  %77 = load <8 x float>, ptr %8, align 32
  %78 = getelementptr float, ptr %43, i64 %70
  %79 = load <8 x float>, ptr %78, align 4
  %80 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %72, <8 x float> %79, <8 x float> %77)
  store <8 x float> %80, ptr %8, align 32
  %81 = load <8 x float>, ptr %6, align 32
  %82 = getelementptr float, ptr %53, i64 %70
  %83 = load <8 x float>, ptr %82, align 4
  %84 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %72, <8 x float> %83, <8 x float> %81)
  store <8 x float> %84, ptr %6, align 32
  %85 = load <8 x float>, ptr %4, align 32
  %86 = getelementptr float, ptr %63, i64 %70
  %87 = load <8 x float>, ptr %86, align 4
  %88 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %72, <8 x float> %87, <8 x float> %85)
  store <8 x float> %88, ptr %4, align 32
  %89 = add i64 %i16, 8
  %90 = getelementptr float, ptr %27, i64 %89
  %91 = load <8 x float>, ptr %90, align 4
  %92 = load <8 x float>, ptr %9, align 32
  %93 = getelementptr float, ptr %33, i64 %89
  %94 = load <8 x float>, ptr %93, align 4
  %95 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %91, <8 x float> %94, <8 x float> %92)
  store <8 x float> %95, ptr %9, align 32
  %96 = load <8 x float>, ptr %7, align 32
  %97 = getelementptr float, ptr %43, i64 %89
  %98 = load <8 x float>, ptr %97, align 4
  %99 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %91, <8 x float> %98, <8 x float> %96)
  store <8 x float> %99, ptr %7, align 32
  %100 = load <8 x float>, ptr %5, align 32
  %101 = getelementptr float, ptr %53, i64 %89
  %102 = load <8 x float>, ptr %101, align 4
  %103 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %91, <8 x float> %102, <8 x float> %100)
  store <8 x float> %103, ptr %5, align 32
  %104 = load <8 x float>, ptr %3, align 32
  %105 = getelementptr float, ptr %63, i64 %89
  %106 = load <8 x float>, ptr %105, align 4
  %107 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %91, <8 x float> %106, <8 x float> %104)
  store <8 x float> %107, ptr %3, align 32
  %108 = add i64 %i16, 16
  br label %loop13

done15:                                           ; preds = %loop13
  %109 = load <8 x float>, ptr %10, align 32
  %110 = load <8 x float>, ptr %9, align 32
  %111 = fadd <8 x float> %109, %110
  %112 = extractelement <8 x float> %111, i32 0
  %113 = extractelement <8 x float> %111, i32 1
  %114 = extractelement <8 x float> %111, i32 2
  %115 = extractelement <8 x float> %111, i32 3
  %116 = extractelement <8 x float> %111, i32 4
  %117 = extractelement <8 x float> %111, i32 5
  %118 = extractelement <8 x float> %111, i32 6
  %119 = extractelement <8 x float> %111, i32 7
  %120 = fadd float %112, %113
  %121 = fadd float %114, %115
  %122 = fadd float %116, %117
  %123 = fadd float %118, %119
  %124 = fadd float %120, %121
  %125 = fadd float %122, %123
  %126 = fadd float %124, %125
  store float %126, ptr %37, align 4
  %127 = load <8 x float>, ptr %8, align 32
  %128 = load <8 x float>, ptr %7, align 32
  %129 = fadd <8 x float> %127, %128
  %130 = extractelement <8 x float> %129, i32 0
  %131 = extractelement <8 x float> %129, i32 1
  %132 = extractelement <8 x float> %129, i32 2
  %133 = extractelement <8 x float> %129, i32 3
  %134 = extractelement <8 x float> %129, i32 4
  %135 = extractelement <8 x float> %129, i32 5
  %136 = extractelement <8 x float> %129, i32 6
  %137 = extractelement <8 x float> %129, i32 7
  %138 = fadd float %130, %131
  %139 = fadd float %132, %133
  %140 = fadd float %134, %135
  %141 = fadd float %136, %137
  %142 = fadd float %138, %139
  %143 = fadd float %140, %141
  %144 = fadd float %142, %143
  store float %144, ptr %47, align 4
  %145 = load <8 x float>, ptr %6, align 32
  %146 = load <8 x float>, ptr %5, align 32
  %147 = fadd <8 x float> %145, %146
  %148 = extractelement <8 x float> %147, i32 0
  %149 = extractelement <8 x float> %147, i32 1
  %150 = extractelement <8 x float> %147, i32 2
  %151 = extractelement <8 x float> %147, i32 3
  %152 = extractelement <8 x float> %147, i32 4
  %153 = extractelement <8 x float> %147, i32 5
  %154 = extractelement <8 x float> %147, i32 6
  %155 = extractelement <8 x float> %147, i32 7
  %156 = fadd float %148, %149
  %157 = fadd float %150, %151
  %158 = fadd float %152, %153
  %159 = fadd float %154, %155
  %160 = fadd float %156, %157
  %161 = fadd float %158, %159
  %162 = fadd float %160, %161
  store float %162, ptr %57, align 4
  %163 = load <8 x float>, ptr %4, align 32
  %164 = load <8 x float>, ptr %3, align 32
  %165 = fadd <8 x float> %163, %164
  %166 = extractelement <8 x float> %165, i32 0
  %167 = extractelement <8 x float> %165, i32 1
  %168 = extractelement <8 x float> %165, i32 2
  %169 = extractelement <8 x float> %165, i32 3
  %170 = extractelement <8 x float> %165, i32 4
  %171 = extractelement <8 x float> %165, i32 5
  %172 = extractelement <8 x float> %165, i32 6
  %173 = extractelement <8 x float> %165, i32 7
  %174 = fadd float %166, %167
  %175 = fadd float %168, %169
  %176 = fadd float %170, %171
  %177 = fadd float %172, %173
  %178 = fadd float %174, %175
  %179 = fadd float %176, %177
  %180 = fadd float %178, %179
  store float %180, ptr %67, align 4
  %181 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %done7
  %i20 = phi i64 [ %18, %done7 ], [ %199, %done23 ]
  %182 = icmp slt i64 %i20, %b1
  br i1 %182, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  %183 = add i64 %i4, 1
  br label %loop1

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %234, %done27 ]
  %184 = icmp slt i64 %i24, 256
  br i1 %184, label %body22, label %done23

body22:                                           ; preds = %loop21
  %185 = mul i64 %14, 256
  %186 = add i64 %185, %i24
  %187 = mul i64 %186, 256
  %188 = getelementptr float, ptr %22, i64 %187
  %189 = add i64 %i20, 0
  %190 = mul i64 %i4, 256
  %191 = mul i64 %189, 784
  %192 = add i64 %191, 0
  %193 = getelementptr float, ptr %acts, i64 %192
  %194 = getelementptr float, ptr %193, i64 %190
  %195 = mul i64 %189, 784
  %196 = add i64 %195, 256
  %197 = getelementptr float, ptr %acts, i64 %196
  %198 = getelementptr float, ptr %197, i64 %186
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop25

done23:                                           ; preds = %loop21
  %199 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %215, %body26 ]
  %200 = icmp slt i64 %i28, 256
  br i1 %200, label %body26, label %done27

body26:                                           ; preds = %loop25
  %201 = add i64 %i28, 0
  %202 = getelementptr float, ptr %188, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = load <8 x float>, ptr %2, align 32
  %205 = getelementptr float, ptr %194, i64 %201
  %206 = load <8 x float>, ptr %205, align 4
  %207 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %203, <8 x float> %206, <8 x float> %204)
  store <8 x float> %207, ptr %2, align 32
  %208 = add i64 %i28, 8
  %209 = getelementptr float, ptr %188, i64 %208
  %210 = load <8 x float>, ptr %209, align 4
  %211 = load <8 x float>, ptr %1, align 32
  %212 = getelementptr float, ptr %194, i64 %208
  %213 = load <8 x float>, ptr %212, align 4
  %214 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %210, <8 x float> %213, <8 x float> %211)
  store <8 x float> %214, ptr %1, align 32
  %215 = add i64 %i28, 16
  br label %loop25

done27:                                           ; preds = %loop25
  %216 = load <8 x float>, ptr %2, align 32
  %217 = load <8 x float>, ptr %1, align 32
  %218 = fadd <8 x float> %216, %217
  %219 = extractelement <8 x float> %218, i32 0
  %220 = extractelement <8 x float> %218, i32 1
  %221 = extractelement <8 x float> %218, i32 2
  %222 = extractelement <8 x float> %218, i32 3
  %223 = extractelement <8 x float> %218, i32 4
  %224 = extractelement <8 x float> %218, i32 5
  %225 = extractelement <8 x float> %218, i32 6
  %226 = extractelement <8 x float> %218, i32 7
  %227 = fadd float %219, %220
  %228 = fadd float %221, %222
  %229 = fadd float %223, %224
  %230 = fadd float %225, %226
  %231 = fadd float %227, %228
  %232 = fadd float %229, %230
  %233 = fadd float %231, %232
  store float %233, ptr %198, align 4
  %234 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %done
  %i32 = phi i64 [ %b0, %done ], [ %243, %done35 ]
  %235 = icmp slt i64 %i32, %b1
  br i1 %235, label %body30, label %done31

body30:                                           ; preds = %loop29
  %236 = mul i64 %i32, 784
  %237 = add i64 %236, 256
  %238 = getelementptr float, ptr %acts, i64 %237
  %239 = mul i64 %i32, 784
  %240 = add i64 %239, 512
  %241 = getelementptr float, ptr %acts, i64 %240
  br label %loop33

done31:                                           ; preds = %loop29
  br label %loop45

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %245, %done39 ]
  %242 = icmp slt i64 %i36, 1
  br i1 %242, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %243 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %done43, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %266, %done43 ]
  %244 = icmp slt i64 %i40, 256
  br i1 %244, label %body38, label %done39

body38:                                           ; preds = %loop37
  store float 0.000000e+00, ptr %0, align 4
  br label %loop41

done39:                                           ; preds = %loop37
  %245 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %body42, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %255, %body42 ]
  %246 = icmp slt i64 %i44, 1
  br i1 %246, label %body42, label %done43

body42:                                           ; preds = %loop41
  %247 = mul i64 %i36, 1
  %248 = add i64 %247, %i44
  %249 = mul i64 %248, 256
  %250 = add i64 %249, %i40
  %251 = getelementptr float, ptr %238, i64 %250
  %252 = load float, ptr %251, align 4
  %253 = load float, ptr %0, align 4
  %254 = fadd float %253, %252
  store float %254, ptr %0, align 4
  %255 = add i64 %i44, 1
  br label %loop41

done43:                                           ; preds = %loop41
  %256 = mul i64 %i36, 256
  %257 = add i64 %256, %i40
  %258 = add i64 0, %257
  %259 = getelementptr float, ptr %gains, i64 %258
  %260 = load float, ptr %259, align 4
  %261 = load float, ptr %0, align 4
  %262 = fmul float %261, %260
  %263 = icmp slt i64 %257, 10
  %264 = getelementptr float, ptr %241, i64 %257
  %265 = select i1 %263, float %262, float 0.000000e+00
  store float %265, ptr %264, align 4
  %266 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done51, %done31
  %i48 = phi i64 [ %b0, %done31 ], [ %279, %done51 ]
  %267 = icmp slt i64 %i48, %b1
  br i1 %267, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  ret void

loop49:                                           ; preds = %body50, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %278, %body50 ]
  %268 = icmp slt i64 %i52, 10
  br i1 %268, label %body50, label %done51

body50:                                           ; preds = %loop49
  %269 = mul i64 %i48, 784
  %270 = add i64 %269, 768
  %271 = getelementptr float, ptr %acts, i64 %270
  %272 = getelementptr float, ptr %271, i64 %i52
  %273 = mul i64 %i48, 784
  %274 = add i64 %273, 512
  %275 = getelementptr float, ptr %acts, i64 %274
  %276 = getelementptr float, ptr %275, i64 %i52
  %277 = load float, ptr %276, align 4
  store float %277, ptr %272, align 4
  %278 = add i64 %i52, 1
  br label %loop49

done51:                                           ; preds = %loop49
  %279 = add i64 %i48, 1
  br label %loop45
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct) {
entry:
  %0 = alloca float, align 4
  %1 = alloca i64, align 8
  %2 = alloca float, align 4
  %3 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %56, %done11 ]
  %4 = icmp slt i64 %i, %b1
  br i1 %4, label %body, label %done

body:                                             ; preds = %loop
  %5 = mul i64 %i, 784
  %6 = add i64 %5, 768
  %7 = getelementptr float, ptr %acts, i64 %6
  %8 = mul i64 %i, 784
  %9 = add i64 %8, 768
  %10 = getelementptr float, ptr %dacts, i64 %9
  %11 = getelementptr i32, ptr %labels, i64 %i
  %12 = load i32, ptr %11, align 4
  %13 = sext i32 %12 to i64
  %14 = load float, ptr %7, align 4
  store float %14, ptr %2, align 4
  store i64 0, ptr %1, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %24, %body2 ]
  %15 = icmp slt i64 %i4, 10
  br i1 %15, label %body2, label %done3

body2:                                            ; preds = %loop1
  %16 = getelementptr float, ptr %7, i64 %i4
  %17 = load float, ptr %16, align 4
  %18 = load float, ptr %2, align 4
  %19 = fcmp ogt float %17, %18
  %20 = load float, ptr %2, align 4
  %21 = select i1 %19, float %17, float %20
  store float %21, ptr %2, align 4
  %22 = load i64, ptr %1, align 4
  %23 = select i1 %19, i64 %i4, i64 %22
  store i64 %23, ptr %1, align 4
  %24 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %25 = load float, ptr %2, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %body6 ]
  %26 = icmp slt i64 %i8, 10
  br i1 %26, label %body6, label %done7

body6:                                            ; preds = %loop5
  %27 = getelementptr float, ptr %7, i64 %i8
  %28 = load float, ptr %27, align 4
  %29 = fsub float %28, %25
  %30 = call float @llvm.exp.f32(float %29)
  %31 = getelementptr float, ptr %10, i64 %i8
  store float %30, ptr %31, align 4
  %32 = load float, ptr %0, align 4
  %33 = fadd float %32, %30
  store float %33, ptr %0, align 4
  %34 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %35 = load float, ptr %0, align 4
  %36 = call float @llvm.log.f32(float %35)
  %37 = fadd float %25, %36
  %38 = getelementptr float, ptr %7, i64 %13
  %39 = load float, ptr %38, align 4
  %40 = fsub float %37, %39
  %41 = getelementptr float, ptr %loss, i64 %i
  store float %40, ptr %41, align 4
  %42 = load i64, ptr %1, align 4
  %43 = icmp eq i64 %42, %13
  %44 = zext i1 %43 to i32
  %45 = getelementptr i32, ptr %correct, i64 %i
  store i32 %44, ptr %45, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %55, %body10 ]
  %46 = icmp slt i64 %i12, 10
  br i1 %46, label %body10, label %done11

body10:                                           ; preds = %loop9
  %47 = getelementptr float, ptr %10, i64 %i12
  %48 = load float, ptr %47, align 4
  %49 = fdiv float %48, %35
  %50 = icmp eq i64 %i12, %13
  %51 = uitofp i1 %50 to float
  %52 = getelementptr float, ptr %10, i64 %i12
  %53 = fsub float %49, %51
  %54 = fdiv float %53, %3
  store float %54, ptr %52, align 4
  %55 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %56 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1) {
entry:
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %b0, %entry ], [ %15, %done7 ]
  %0 = icmp slt i64 %i, %b1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = mul i64 %i, 784
  %2 = add i64 %1, 512
  %3 = getelementptr float, ptr %dacts, i64 %2
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %6, %body2 ]
  %4 = icmp slt i64 %i4, 256
  br i1 %4, label %body2, label %done3

body2:                                            ; preds = %loop1
  %5 = getelementptr float, ptr %3, i64 %i4
  store <8 x float> zeroinitializer, ptr %5, align 4
  %6 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %14, %body6 ]
  %7 = icmp slt i64 %i8, 10
  br i1 %7, label %body6, label %done7

body6:                                            ; preds = %loop5
  %8 = getelementptr float, ptr %3, i64 %i8
  %9 = mul i64 %i, 784
  %10 = add i64 %9, 768
  %11 = getelementptr float, ptr %dacts, i64 %10
  %12 = getelementptr float, ptr %11, i64 %i8
  %13 = load float, ptr %12, align 4
  store float %13, ptr %8, align 4
  %14 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %15 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ %b0, %done ], [ %24, %done15 ]
  %16 = icmp slt i64 %i12, %b1
  br i1 %16, label %body10, label %done11

body10:                                           ; preds = %loop9
  %17 = mul i64 %i12, 784
  %18 = add i64 %17, 512
  %19 = getelementptr float, ptr %dacts, i64 %18
  %20 = mul i64 %i12, 784
  %21 = add i64 %20, 256
  %22 = getelementptr float, ptr %dacts, i64 %21
  br label %loop13

done11:                                           ; preds = %loop9
  ret void

loop13:                                           ; preds = %done19, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %36, %done19 ]
  %23 = icmp slt i64 %i16, 1
  br i1 %23, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  %24 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %44, %done23 ]
  %25 = icmp slt i64 %i20, 256
  br i1 %25, label %body18, label %done19

body18:                                           ; preds = %loop17
  %26 = mul i64 %i16, 256
  %27 = add i64 %26, %i20
  %28 = add i64 0, %27
  %29 = getelementptr float, ptr %gains, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = getelementptr float, ptr %19, i64 %27
  %32 = load float, ptr %31, align 4
  %33 = fmul float %32, %30
  %34 = icmp slt i64 %27, 10
  %35 = select i1 %34, float %33, float 0.000000e+00
  br label %loop21

done19:                                           ; preds = %loop17
  %36 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %43, %body22 ]
  %37 = icmp slt i64 %i24, 1
  br i1 %37, label %body22, label %done23

body22:                                           ; preds = %loop21
  %38 = mul i64 %i16, 1
  %39 = add i64 %38, %i24
  %40 = mul i64 %39, 256
  %41 = add i64 %40, %i20
  %42 = getelementptr float, ptr %22, i64 %41
  store float %35, ptr %42, align 4
  %43 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  %44 = add i64 %i20, 1
  br label %loop17
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca float, align 4
  %2 = icmp sgt i64 %u0, 0
  %3 = select i1 %2, i64 %u0, i64 0
  %4 = icmp slt i64 %u1, 256
  %5 = select i1 %4, i64 %u1, i64 256
  br label %loop

loop:                                             ; preds = %done15, %entry
  %i = phi i64 [ %3, %entry ], [ %59, %done15 ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = sub i64 %i, 0
  %8 = sdiv i64 %7, 256
  %9 = srem i64 %7, 256
  %10 = add i64 0, %7
  %11 = getelementptr float, ptr %gains, i64 %10
  %12 = load float, ptr %11, align 4
  %13 = icmp slt i64 %7, 10
  store float 0.000000e+00, ptr %1, align 4
  br label %loop1

done:                                             ; preds = %loop
  %14 = icmp sgt i64 %u1, 256
  %15 = icmp sle i64 %u0, 256
  %16 = and i1 %15, %14
  br i1 %16, label %then29, label %join30

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %done7 ]
  %17 = icmp slt i64 %i4, %batch
  br i1 %17, label %body2, label %done3

body2:                                            ; preds = %loop1
  %18 = mul i64 %i4, 784
  %19 = add i64 %18, 256
  %20 = getelementptr float, ptr %acts, i64 %19
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %21 = load float, ptr %1, align 4
  %22 = select i1 %13, float %21, float 0.000000e+00
  %23 = getelementptr float, ptr %grads, i64 65536
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %33, %body6 ]
  %24 = icmp slt i64 %i8, 1
  br i1 %24, label %body6, label %done7

body6:                                            ; preds = %loop5
  %25 = mul i64 %8, 1
  %26 = add i64 %25, %i8
  %27 = mul i64 %26, 256
  %28 = add i64 %27, %9
  %29 = getelementptr float, ptr %20, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = load float, ptr %0, align 4
  %32 = fadd float %31, %30
  store float %32, ptr %0, align 4
  %33 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %34 = mul i64 %i4, 784
  %35 = add i64 %34, 512
  %36 = getelementptr float, ptr %dacts, i64 %35
  %37 = getelementptr float, ptr %36, i64 %7
  %38 = load float, ptr %37, align 4
  %39 = load float, ptr %1, align 4
  %40 = load float, ptr %0, align 4
  %41 = call float @llvm.fmuladd.f32(float %38, float %40, float %39)
  store float %41, ptr %1, align 4
  %42 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %done3
  %i12 = phi i64 [ 0, %done3 ], [ %49, %body10 ]
  %43 = icmp slt i64 %i12, 256
  br i1 %43, label %body10, label %done11

body10:                                           ; preds = %loop9
  %44 = mul i64 %8, 256
  %45 = add i64 %44, %i12
  %46 = mul i64 %45, 256
  %47 = add i64 %46, %9
  %48 = getelementptr float, ptr %23, i64 %47
  store float %22, ptr %48, align 4
  %49 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %50 = getelementptr float, ptr %grads, i64 0
  %51 = select i1 %13, float %12, float 0.000000e+00
  br label %loop13

loop13:                                           ; preds = %done23, %done11
  %i16 = phi i64 [ 0, %done11 ], [ %71, %done23 ]
  %52 = icmp slt i64 %i16, 1
  br i1 %52, label %body14, label %done15

body14:                                           ; preds = %loop13
  %53 = mul i64 %8, 1
  %54 = add i64 %53, %i16
  %55 = mul i64 %54, 256
  %56 = add i64 %55, %9
  %57 = mul i64 %56, 256
  %58 = getelementptr float, ptr %50, i64 %57
  br label %loop17

done15:                                           ; preds = %loop13
  %59 = add i64 %i, 1
  br label %loop

loop17:                                           ; preds = %body18, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %62, %body18 ]
  %60 = icmp slt i64 %i20, 256
  br i1 %60, label %body18, label %done19

body18:                                           ; preds = %loop17
  %61 = getelementptr float, ptr %58, i64 %i20
  store <8 x float> zeroinitializer, ptr %61, align 4
  %62 = add i64 %i20, 8
  br label %loop17

done19:                                           ; preds = %loop17
  br label %loop21

loop21:                                           ; preds = %join, %done19
  %i24 = phi i64 [ 0, %done19 ], [ %79, %join ]
  %63 = icmp slt i64 %i24, %batch
  br i1 %63, label %body22, label %done23

body22:                                           ; preds = %loop21
  %64 = mul i64 %i24, 784
  %65 = add i64 %64, 512
  %66 = getelementptr float, ptr %dacts, i64 %65
  %67 = getelementptr float, ptr %66, i64 %7
  %68 = load float, ptr %67, align 4
  %69 = fmul float %68, %51
  %70 = fcmp une float %69, 0.000000e+00
  br i1 %70, label %then, label %join

done23:                                           ; preds = %loop21
  %71 = add i64 %i16, 1
  br label %loop13

then:                                             ; preds = %body22
  %72 = insertelement <8 x float> undef, float %69, i32 0
  %73 = shufflevector <8 x float> %72, <8 x float> undef, <8 x i32> zeroinitializer
  %74 = mul i64 %i16, 256
  %75 = mul i64 %i24, 784
  %76 = add i64 %75, 0
  %77 = getelementptr float, ptr %acts, i64 %76
  %78 = getelementptr float, ptr %77, i64 %74
  br label %loop25

join:                                             ; preds = %done27, %body22
  %79 = add i64 %i24, 1
  br label %loop21

loop25:                                           ; preds = %body26, %then
  %i28 = phi i64 [ 0, %then ], [ %86, %body26 ]
  %80 = icmp slt i64 %i28, 256
  br i1 %80, label %body26, label %done27

body26:                                           ; preds = %loop25
  %81 = getelementptr float, ptr %58, i64 %i28
  %82 = load <8 x float>, ptr %81, align 4
  %83 = getelementptr float, ptr %78, i64 %i28
  %84 = load <8 x float>, ptr %83, align 4
  %85 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %84, <8 x float> %82)
  store <8 x float> %85, ptr %81, align 4
  %86 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  br label %join

then29:                                           ; preds = %done
  br label %join30

join30:                                           ; preds = %then29, %done
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1) {
entry:
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %e0, %entry ], [ %25, %body ]
  %0 = icmp slt i64 %i, %e1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = getelementptr float, ptr %grads, i64 %i
  %2 = load float, ptr %1, align 4
  %3 = getelementptr float, ptr %m, i64 %i
  %4 = getelementptr float, ptr %v, i64 %i
  %5 = getelementptr float, ptr %params, i64 %i
  %6 = fsub float 1.000000e+00, %beta1
  %7 = fmul float %6, %2
  %8 = load float, ptr %3, align 4
  %9 = fmul float %beta1, %8
  %10 = fadd float %9, %7
  %11 = fmul float %2, %2
  %12 = fsub float 1.000000e+00, %beta2
  %13 = fmul float %12, %11
  %14 = load float, ptr %4, align 4
  %15 = fmul float %beta2, %14
  %16 = fadd float %15, %13
  store float %10, ptr %3, align 4
  store float %16, ptr %4, align 4
  %17 = fdiv float %10, %bc1
  %18 = fdiv float %16, %bc2
  %19 = call float @llvm.sqrt.f32(float %18)
  %20 = fadd float %19, %eps
  %21 = fmul float %lr, %17
  %22 = fdiv float %21, %20
  %23 = load float, ptr %5, align 4
  %24 = fsub float %23, %22
  store float %24, ptr %5, align 4
  %25 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
